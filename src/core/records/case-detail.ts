// Everything a screen or an export needs about one case, read in one consistent snapshot.
import type { CaseDetail } from '../../shared/models.js';
import { getCase } from './cases.js';
import { getClient } from './clients.js';
import { findCounsel } from './counsel.js';
import { caseDeadlines } from './deadlines.js';
import { listElementArguments } from './element-arguments.js';
import { listEvents } from './events.js';
import { listEvidence } from './evidence.js';
import { getPersecution } from './persecution.js';
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
      counsel: record.counselId === undefined ? undefined : findCounsel(db, record.counselId),
      elementArguments: listElementArguments(db, caseId),
    };
  });
}
