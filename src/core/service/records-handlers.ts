// The case records as the window edits them: clients, cases, the timeline, the persecution
// profile, deadlines and search. Every change runs in one transaction with its audit entry and
// its search-index update, so none lands without the others.
import { getCaseDetail } from '../records/case-detail.js';
import { getCase, insertCase, listCases, setCaseArchived, updateCase } from '../records/cases.js';
import { getClient, insertClient, listClientSummaries, setClientArchived, updateClient } from '../records/clients.js';
import { deleteDeadline, insertDeadline, markDeadline, updateDeadline, upcomingDeadlines } from '../records/deadlines.js';
import { removeElementArgument, saveElementArgument } from '../records/element-arguments.js';
import { deleteEvent, insertEvent, listEvents, updateEvent } from '../records/events.js';
import { getPersecution, savePersecution } from '../records/persecution.js';
import { search } from '../records/search-index.js';
import type { SqliteDatabase } from '../vault/database.js';
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
  | 'arguments.save'
  | 'arguments.remove'
  | 'deadlines.upcoming'
  | 'deadlines.create'
  | 'deadlines.update'
  | 'deadlines.mark'
  | 'deadlines.delete'
  | 'search';

export interface RecordsHandlerOptions {
  /** Today's date (YYYY-MM-DD, local), for document warnings and deadlines. */
  today(): string;
}

const ok = { ok: true } as const;

export function recordsHandlers(ctx: ServiceContext, { today }: RecordsHandlerOptions): HandlerGroup<RecordsMethod> {
  /** Reads in one snapshot of the open vault. */
  const read = <T>(work: (db: SqliteDatabase) => T): T => ctx.vault().transaction(work);
  /** One change and its audit entry (the action, the record's kind and id, never content), atomically. */
  const audited = <T>(action: string, entity: string, work: (db: SqliteDatabase) => T, entityId: (result: T) => string): T => {
    const vault = ctx.vault();
    return vault.transaction((db) => {
      const result = work(db);
      vault.audit(action, entity, entityId(result));
      return result;
    });
  };
  const change = <T>(action: string, entity: string, id: string, work: (db: SqliteDatabase) => T): T => audited(action, entity, work, () => id);
  /** A change that makes a record, audited under the new record's id. */
  const create = <T extends { id: string }>(action: string, entity: string, work: (db: SqliteDatabase) => T): T =>
    audited(action, entity, work, (record) => record.id);

  return {
    'clients.list': ({ includeArchived }) => read((db) => listClientSummaries(db, { includeArchived, today: today() })),
    'clients.get': ({ id }) => read((db) => getClient(db, id)),
    'clients.create': (input) => create('client.create', 'client', (db) => insertClient(db, input)),
    'clients.update': ({ id, client }) => change('client.update', 'client', id, (db) => updateClient(db, id, client)),
    'clients.archive': ({ id, archived }) =>
      change(archived ? 'client.archive' : 'client.restore', 'client', id, (db) => {
        setClientArchived(db, id, archived);
        return ok;
      }),

    'cases.list': ({ clientId, includeArchived }) => read((db) => listCases(db, { clientId, hideArchived: !includeArchived })),
    'cases.get': ({ id }) => getCaseDetail(ctx.vault(), id),
    'cases.create': ({ clientId, case: input }) =>
      create('case.create', 'case', (db) => {
        getClient(db, clientId); // NOT_FOUND in words, rather than a foreign-key failure
        return insertCase(db, clientId, input);
      }),
    'cases.update': ({ id, case: input }) => change('case.update', 'case', id, (db) => updateCase(db, id, input)),
    'cases.archive': ({ id, archived }) =>
      change(archived ? 'case.archive' : 'case.restore', 'case', id, (db) => {
        setCaseArchived(db, id, archived);
        return ok;
      }),

    // Each call on a case's records names a missing case first (getCase), rather than answering
    // with an empty list or failing on a foreign key.
    'events.list': ({ caseId }) =>
      read((db) => {
        getCase(db, caseId);
        return listEvents(db, caseId);
      }),
    'events.create': ({ caseId, event, evidenceIds }) =>
      create('event.create', 'event', (db) => {
        getCase(db, caseId);
        return insertEvent(db, caseId, event, evidenceIds);
      }),
    'events.update': ({ id, event, evidenceIds }) => change('event.update', 'event', id, (db) => updateEvent(db, id, event, evidenceIds)),
    'events.delete': ({ id }) =>
      change('event.delete', 'event', id, (db) => {
        deleteEvent(db, id);
        return ok;
      }),

    'persecution.get': ({ caseId }) =>
      read((db) => {
        getCase(db, caseId);
        return getPersecution(db, caseId);
      }),
    'persecution.save': ({ caseId, profile }) =>
      change('persecution.save', 'case', caseId, (db) => {
        getCase(db, caseId);
        return savePersecution(db, caseId, profile);
      }),
    // Audited under the case: an argument has no id of its own, and the entry names no element's text.
    'arguments.save': ({ caseId, argument }) =>
      change('argument.save', 'case', caseId, (db) => {
        getCase(db, caseId);
        return saveElementArgument(db, caseId, argument);
      }),
    'arguments.remove': ({ caseId, element }) =>
      change('argument.remove', 'case', caseId, (db) => {
        getCase(db, caseId);
        removeElementArgument(db, caseId, element);
        return ok;
      }),

    'deadlines.upcoming': ({ days }) => read((db) => upcomingDeadlines(db, { today: today(), days })),
    'deadlines.create': ({ caseId, deadline }) =>
      create('deadline.create', 'deadline', (db) => {
        getCase(db, caseId);
        return insertDeadline(db, caseId, deadline);
      }),
    'deadlines.update': ({ id, deadline }) => change('deadline.update', 'deadline', id, (db) => updateDeadline(db, id, deadline)),
    'deadlines.mark': ({ caseId, id, marks }) => change('deadline.mark', 'deadline', id, (db) => markDeadline(db, caseId, id, marks)),
    'deadlines.delete': ({ id }) =>
      change('deadline.delete', 'deadline', id, (db) => {
        deleteDeadline(db, id);
        return ok;
      }),

    // An empty or blank query finds nothing (search() makes no FTS query of it).
    search: ({ query, caseId, limit }) => read((db) => search(db, query, { caseId, limit })),
  };
}
