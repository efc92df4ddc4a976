// The case records as the window edits them: clients, cases, the timeline, the persecution
// profile, deadlines and search. Every change runs in one transaction with its audit entry and
// its search-index update, so none lands without the others.
import { getCaseDetail } from '../cases/case-detail.js';
import { getCase, insertCase, listCases, setCaseArchived, updateCase } from '../records/cases.js';
import { getClient, insertClient, listClientSummaries, setClientArchived, updateClient } from '../records/clients.js';
import { deleteDeadline, insertDeadline, upcomingDeadlines } from '../records/deadlines.js';
import { deleteEvent, insertEvent, listEvents, updateEvent } from '../records/events.js';
import { getPersecution, savePersecution } from '../records/persecution.js';
import { search } from '../search/search-index.js';
import type { SqliteDatabase } from '../vault/database.js';
import type { Vault } from '../vault/vault.js';
import type { HandlerGroup, ServiceContext } from './service-context.js';

type RecordsMethod =
  | 'clients.list'
  | 'clients.get'
  | 'clients.create'
  | 'clients.update'
  | 'clients.archive'
  | 'cases.list'
  | 'cases.get'
  | 'cases.create'
  | 'cases.update'
  | 'cases.archive'
  | 'events.list'
  | 'events.create'
  | 'events.update'
  | 'events.delete'
  | 'persecution.get'
  | 'persecution.save'
  | 'deadlines.upcoming'
  | 'deadlines.create'
  | 'deadlines.delete'
  | 'search';

export interface RecordsHandlerOptions {
  /** Today's date (YYYY-MM-DD, local), for document warnings and deadlines. */
  today(): string;
}

export function recordsHandlers(ctx: ServiceContext, { today }: RecordsHandlerOptions): HandlerGroup<RecordsMethod> {
  /** Reads in one snapshot of the open vault. */
  const read = <T>(work: (db: SqliteDatabase) => T): T => ctx.vault().transaction(work);
  /** One change and its audit entry (kind and id only, never content), atomically. */
  const change = <T>(work: (db: SqliteDatabase, vault: Vault) => T): T => {
    const vault = ctx.vault();
    return vault.transaction((db) => work(db, vault));
  };

  return {
    'clients.list': ({ includeArchived }) => read((db) => listClientSummaries(db, { includeArchived, today: today() })),
    'clients.get': ({ id }) => read((db) => getClient(db, id)),
    'clients.create': (input) =>
      change((db, vault) => {
        const client = insertClient(db, input);
        vault.audit('client.create', 'client', client.id);
        return client;
      }),
    'clients.update': ({ id, client }) =>
      change((db, vault) => {
        const updated = updateClient(db, id, client);
        vault.audit('client.update', 'client', id);
        return updated;
      }),
    'clients.archive': ({ id, archived }) =>
      change((db, vault) => {
        setClientArchived(db, id, archived);
        vault.audit(archived ? 'client.archive' : 'client.restore', 'client', id);
        return { ok: true };
      }),

    'cases.list': ({ clientId, includeArchived }) => read((db) => listCases(db, { clientId, hideArchived: !includeArchived })),
    'cases.get': ({ id }) => getCaseDetail(ctx.vault(), id),
    'cases.create': ({ clientId, case: input }) =>
      change((db, vault) => {
        getClient(db, clientId); // NOT_FOUND in words, rather than a foreign-key failure
        const record = insertCase(db, clientId, input);
        vault.audit('case.create', 'case', record.id);
        return record;
      }),
    'cases.update': ({ id, case: input }) =>
      change((db, vault) => {
        const record = updateCase(db, id, input);
        vault.audit('case.update', 'case', id);
        return record;
      }),
    'cases.archive': ({ id, archived }) =>
      change((db, vault) => {
        setCaseArchived(db, id, archived);
        vault.audit(archived ? 'case.archive' : 'case.restore', 'case', id);
        return { ok: true };
      }),

    'events.list': ({ caseId }) =>
      read((db) => {
        getCase(db, caseId);
        return listEvents(db, caseId);
      }),
    'events.create': ({ caseId, event, evidenceIds }) =>
      change((db, vault) => {
        getCase(db, caseId);
        const created = insertEvent(db, caseId, event, evidenceIds);
        vault.audit('event.create', 'event', created.id);
        return created;
      }),
    'events.update': ({ id, event, evidenceIds }) =>
      change((db, vault) => {
        const updated = updateEvent(db, id, event, evidenceIds);
        vault.audit('event.update', 'event', id);
        return updated;
      }),
    'events.delete': ({ id }) =>
      change((db, vault) => {
        deleteEvent(db, id);
        vault.audit('event.delete', 'event', id);
        return { ok: true };
      }),

    'persecution.get': ({ caseId }) =>
      read((db) => {
        getCase(db, caseId);
        return getPersecution(db, caseId);
      }),
    'persecution.save': ({ caseId, profile }) =>
      change((db, vault) => {
        getCase(db, caseId);
        const saved = savePersecution(db, caseId, profile);
        vault.audit('persecution.save', 'case', caseId);
        return saved;
      }),

    'deadlines.upcoming': ({ days }) => read((db) => upcomingDeadlines(db, { today: today(), days })),
    'deadlines.create': ({ caseId, deadline }) =>
      change((db, vault) => {
        getCase(db, caseId);
        const created = insertDeadline(db, caseId, deadline);
        vault.audit('deadline.create', 'deadline', created.id);
        return created;
      }),
    'deadlines.delete': ({ id }) =>
      change((db, vault) => {
        deleteDeadline(db, id);
        vault.audit('deadline.delete', 'deadline', id);
        return { ok: true };
      }),

    // An empty or blank query finds nothing (search() makes no FTS query of it).
    search: ({ query, caseId, limit }) => read((db) => search(db, query, { caseId, limit })),
  };
}
