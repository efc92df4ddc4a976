// The text of each stored file, page by page (migration 009): kept per blob, replaced whole when
// the file is read again, and gone with its evidence item. Writing a page indexes it for search
// (the table's triggers), so nothing here touches the search index itself.
import type { RecognizedLine, RecognizedPage, TextSource } from '../../shared/recognized-text.js';
import type { SqliteDatabase } from '../vault/database.js';

export interface EvidenceTextPage {
  source: TextSource;
  page: RecognizedPage;
}

/**
 * Replaces the text of a blob with these pages (none: the file was read and holds no text), in
 * one transaction. A blob no evidence item refers to any more (removed while it was being read)
 * is left alone: its text would have nothing to belong to.
 */
export function saveEvidenceText(db: SqliteDatabase, blobId: string, pages: EvidenceTextPage[], readerVersion: number): void {
  db.transaction(() => {
    if (db.prepare('SELECT 1 FROM evidence WHERE blob_id = ?').get(blobId) === undefined) return;
    // The pages and their index entries go with the blob's row (ON DELETE CASCADE, then the pages' trigger).
    db.prepare('DELETE FROM evidence_texts WHERE blob_id = ?').run(blobId);
    db.prepare('INSERT INTO evidence_texts (blob_id, reader_version, read_at) VALUES (?, ?, ?)').run(blobId, readerVersion, new Date().toISOString());
    const insert = db.prepare(
      `INSERT INTO evidence_text_pages (blob_id, page, source, width, height, text, lines, confidence, languages)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const { source, page } of pages) {
      insert.run(blobId, page.page, source, page.width, page.height, page.text, JSON.stringify(page.lines), page.confidence, JSON.stringify(page.languages));
    }
  })();
}

interface PageRow {
  source: TextSource;
  page: number;
  width: number;
  height: number;
  text: string;
  lines: string;
  confidence: number;
  languages: string;
}

/** A blob's pages in page order; empty when it has not been read or holds no text. */
export function evidenceTextOf(db: SqliteDatabase, blobId: string): EvidenceTextPage[] {
  const rows = db
    .prepare('SELECT source, page, width, height, text, lines, confidence, languages FROM evidence_text_pages WHERE blob_id = ? ORDER BY page')
    .all(blobId) as PageRow[];
  return rows.map((row) => ({
    source: row.source,
    page: {
      page: row.page,
      width: row.width,
      height: row.height,
      text: row.text,
      lines: JSON.parse(row.lines) as RecognizedLine[],
      confidence: row.confidence,
      languages: JSON.parse(row.languages) as string[],
    },
  }));
}

/** What OCR reads when neither the item nor its case names a language. */
export const defaultTextLanguages = ['rus', 'kaz', 'eng'] as const;

/**
 * A language tag of the case model ("ru", "kk", "en-GB") as Tesseract names its trained data.
 * Tags it has no data name for are left out.
 */
const tesseractCodes: Record<string, string> = {
  ru: 'rus', kk: 'kaz', en: 'eng', fr: 'fra', de: 'deu', es: 'spa', it: 'ita', pt: 'por', uk: 'ukr', be: 'bel',
  uz: 'uzb', ky: 'kir', tg: 'tgk', tk: 'tuk', az: 'aze', tr: 'tur', mn: 'mon', ka: 'kat', hy: 'hye', fa: 'fas',
  ar: 'ara', ug: 'uig', zh: 'chi_sim', pl: 'pol', nl: 'nld',
};

export function tesseractLanguages(tags: readonly string[]): string[] {
  const codes = tags.map((tag) => tesseractCodes[tag.split('-')[0]!.toLowerCase()]).filter((code): code is string => code !== undefined);
  return [...new Set(codes)];
}

export interface BlobToRead {
  blobId: string;
  evidenceIds: string[];
  mediaType: string;
  /** Tesseract codes: the item's language, else its case's languages, else defaultTextLanguages. */
  languages: string[];
}

/**
 * The stored files of a case (or of every case) whose text has not been read, or was read by
 * an older reader than `readerVersion`, in case order. A file read by a newer reader is left as
 * it is.
 */
export function blobsWithoutText(db: SqliteDatabase, caseId: string | null, readerVersion: number): BlobToRead[] {
  const rows = db
    .prepare(
      `SELECT e.blob_id, e.id, e.media_type,
              json_extract(e.data, '$.language') AS language,
              json_extract(c.data, '$.languages') AS case_languages
         FROM evidence e
         JOIN cases c ON c.id = e.case_id
         LEFT JOIN evidence_texts t ON t.blob_id = e.blob_id
        WHERE (t.blob_id IS NULL OR t.reader_version < @readerVersion)
          AND (@caseId IS NULL OR e.case_id = @caseId)
        ORDER BY e.case_id, e.position`,
    )
    .all({ caseId, readerVersion }) as { blob_id: string; id: string; media_type: string; language: string | null; case_languages: string | null }[];
  const byBlob = new Map<string, BlobToRead>();
  for (const row of rows) {
    const known = byBlob.get(row.blob_id);
    if (known) {
      known.evidenceIds.push(row.id);
      continue;
    }
    const tags = row.language ? [row.language] : row.case_languages ? (JSON.parse(row.case_languages) as string[]) : [];
    const languages = tesseractLanguages(tags);
    byBlob.set(row.blob_id, {
      blobId: row.blob_id,
      evidenceIds: [row.id],
      mediaType: row.media_type,
      languages: languages.length > 0 ? languages : [...defaultTextLanguages],
    });
  }
  return [...byBlob.values()];
}
