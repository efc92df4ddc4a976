// The argument and the citations of CASE.json (docs/case-format.md): a citation in a file names
// an evidence entry's key ([[cite:KEY p.2]]), which only the import turns into the vault's id;
// an element names its events by key or title and its exhibits by key. What the import could not
// take (a file refused, say) leaves a warning; a citation to it stays as written, and the
// pre-flight reports it as missing.
import { mapCitedIds } from '../../shared/citations.js';
import type { CaseImport } from '../../shared/import-format.js';
import type { EventInput, PersecutionInput } from '../../shared/models.js';
import { saveElementArgument } from '../records/element-arguments.js';
import type { SqliteDatabase } from '../vault/database.js';

type Versions = Partial<Record<'en' | 'ru' | 'fr', Record<string, string | undefined> | undefined>> | undefined;

/** Rewrites the file's citations from evidence keys to the vault's ids, with a warning per key not imported. */
export class CitationKeys {
  constructor(
    private readonly evidenceIds: ReadonlyMap<string, string>,
    private readonly warnings: string[],
  ) {}

  text(text: string | undefined, where: string): string | undefined {
    if (text === undefined) return undefined;
    return mapCitedIds(text, (key) => {
      const id = this.evidenceIds.get(key);
      if (!id) this.warnings.push(`${where}: cited evidence "${key}" was not imported; the citation is kept, and the pre-flight reports it.`);
      return id;
    });
  }

  /** The same fields in every version (another language's text of the same record). */
  versions<V extends Versions>(versions: V, fields: readonly string[], where: string): V {
    if (!versions) return versions;
    const mapped = Object.fromEntries(
      Object.entries(versions).map(([language, version]) => [
        language,
        version && Object.fromEntries(Object.entries(version).map(([field, text]) => [field, fields.includes(field) ? this.text(text, `${where} (${language})`) : text])),
      ]),
    );
    return mapped as V;
  }

  event<E extends Pick<EventInput, 'title' | 'description' | 'versions'>>(event: E): E {
    const where = `event "${event.title}"`;
    return { ...event, description: this.text(event.description ?? undefined, where), versions: this.versions(event.versions as Versions, ['description'], where) as E['versions'] };
  }

  persecution<P extends Pick<PersecutionInput, 'narrative' | 'interimMeasures' | 'versions'>>(profile: P): P {
    return {
      ...profile,
      narrative: this.text(profile.narrative ?? undefined, 'persecution narrative'),
      interimMeasures: this.text(profile.interimMeasures ?? undefined, 'interim measures request'),
      versions: this.versions(profile.versions as Versions, ['narrative', 'interimMeasures'], 'persecution') as P['versions'],
    };
  }
}

/** Saves the file's elements, their events and exhibits by the vault's ids; a link to what was not imported is dropped with a warning. */
export function importElements(
  db: SqliteDatabase,
  caseId: string,
  elements: CaseImport['elements'],
  ids: { evidence: ReadonlyMap<string, string>; events: ReadonlyMap<string, string> },
  citations: CitationKeys,
  warnings: string[],
): void {
  for (const element of elements) {
    const { events, exhibits, argument, versions, ...rest } = element;
    const where = `element "${element.element}"`;
    const eventIds = events.flatMap((name) => {
      const id = ids.events.get(name);
      return id ? [id] : [];
    });
    const linked = exhibits.flatMap((exhibit) => {
      const evidenceId = ids.evidence.get(exhibit.key);
      if (!evidenceId) warnings.push(`${where}: evidence "${exhibit.key}" was not imported, link dropped.`);
      return evidenceId ? [{ evidenceId, ...(exhibit.pages ? { pages: exhibit.pages } : {}) }] : [];
    });
    saveElementArgument(db, caseId, {
      ...rest,
      argument: citations.text(argument, where),
      versions: citations.versions(versions as Versions, ['argument'], where),
      eventIds,
      exhibits: linked,
    });
  }
}
