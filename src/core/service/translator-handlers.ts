// The practice's translators and interpreters as the window edits them. Each change runs in one
// transaction with its audit entry (the action and the translator's id, never a name).
import { getTranslator, insertTranslator, listTranslatorsWithUses, removeTranslator, translatorUses, updateTranslator } from '../records/translators.js';
import type { SqliteDatabase } from '../vault/database.js';
import type { HandlerGroup, ServiceContext } from './service-context.js';

type TranslatorMethod = 'translators.list' | 'translators.create' | 'translators.update' | 'translators.remove';

export function translatorHandlers(ctx: ServiceContext): HandlerGroup<TranslatorMethod> {
  const audited = <T>(action: string, work: (db: SqliteDatabase) => T & { id: string }) => {
    const vault = ctx.vault();
    return vault.transaction((db) => {
      const result = work(db);
      vault.audit(action, 'translator', result.id);
      return { ...result, uses: translatorUses(db, result.id) };
    });
  };
  return {
    'translators.list': () => ctx.vault().transaction((db) => listTranslatorsWithUses(db)),
    'translators.create': (input) => audited('translator.create', (db) => insertTranslator(db, input)),
    'translators.update': ({ id, translator }) => audited('translator.update', (db) => updateTranslator(db, id, translator)),
    'translators.remove': ({ id }) => {
      const vault = ctx.vault();
      return vault.transaction((db) => {
        getTranslator(db, id); // NOT_FOUND in words
        removeTranslator(db, id);
        vault.audit('translator.remove', 'translator', id);
        return { ok: true as const };
      });
    },
  };
}
