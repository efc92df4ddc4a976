// The audit log says who did what to which record, and when. It holds no document content
// and no names: an entity kind and an id only. The table refuses UPDATE and DELETE.
import type { AuditEntry } from '../../shared/models.js';
import type { SqliteDatabase } from '../vault/database.js';

export function appendAudit(db: SqliteDatabase, actor: string, action: string, entity: string, entityId?: string): void {
  db.prepare('INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES (?, ?, ?, ?, ?)').run(
    new Date().toISOString(),
    actor,
    action,
    entity,
    entityId ?? null,
  );
}

export function listAudit(db: SqliteDatabase, limit = 200): AuditEntry[] {
  const rows = db
    .prepare('SELECT id, at, actor, action, entity, entity_id FROM audit_log ORDER BY id DESC LIMIT ?')
    .all(limit) as { id: number; at: string; actor: string; action: string; entity: string; entity_id: string | null }[];
  return rows.map((row) => ({ id: row.id, at: row.at, actor: row.actor, action: row.action, entity: row.entity, entityId: row.entity_id ?? undefined }));
}
