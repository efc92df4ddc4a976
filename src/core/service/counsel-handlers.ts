// The practice's counsel as the window and the CLI edit them. Each change runs in one transaction
// with its audit entry (the action and the record's id, never a name).
import { getCounsel, insertCounsel, listCounselWithUses, removeCounsel, counselUses, updateCounsel } from '../records/counsel.js';
import type { SqliteDatabase } from '../vault/database.js';
import type { HandlerGroup, ServiceContext } from './service-context.js';

type CounselMethod = 'counsel.list' | 'counsel.create' | 'counsel.update' | 'counsel.remove';

export function counselHandlers(ctx: ServiceContext): HandlerGroup<CounselMethod> {
  const audited = <T>(action: string, work: (db: SqliteDatabase) => T & { id: string }) => {
    const vault = ctx.vault();
    return vault.transaction((db) => {
      const result = work(db);
      vault.audit(action, 'counsel', result.id);
      return { ...result, uses: counselUses(db, result.id) };
    });
  };
  return {
    'counsel.list': () => ctx.vault().transaction((db) => listCounselWithUses(db)),
    'counsel.create': (input) => audited('counsel.create', (db) => insertCounsel(db, input)),
    'counsel.update': ({ id, counsel }) => audited('counsel.update', (db) => updateCounsel(db, id, counsel)),
    'counsel.remove': ({ id }) => {
      const vault = ctx.vault();
      return vault.transaction((db) => {
        getCounsel(db, id); // NOT_FOUND in words
        removeCounsel(db, id);
        vault.audit('counsel.remove', 'counsel', id);
        return { ok: true as const };
      });
    },
  };
}
