// Everything a screen or an export needs about one case, read in one consistent snapshot.
import type { CaseDetail } from '../../shared/models.js';
import { getCase } from '../records/cases.js';
import { getClient } from '../records/clients.js';
import { caseDeadlines } from '../records/deadlines.js';
import { listEvents } from '../records/events.js';
import { listEvidence } from '../records/evidence.js';
import { getPersecution } from '../records/persecution.js';
import type { Vault } from '../vault/vault.js';

export function getCaseDetail(vault: Vault, caseId: string): CaseDetail {
  return vault.transaction((db) => {
    const record = getCase(db, caseId);
    const client = getClient(db, record.clientId);
    const events = listEvents(db, caseId);
    return {
      case: record,
      client,
      events,
      evidence: listEvidence(db, caseId),
      persecution: getPersecution(db, caseId),
      deadlines: caseDeadlines(db, caseId, client, events),
    };
  });
}
