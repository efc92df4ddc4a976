// The core's side of the verification after a redacted export (issue 17): export-dossier.ts
// calls it for each written file (each part) after it is complete and on disk and before it is
// renamed into place. The file's bytes are served to the reader's verifyRedaction task in chunks
// from the temporary file; the task searches them four ways (isolation/tasks/verify-redaction.ts).
// Any leak fails the export with words in the dossier's language that name the pages and the
// check that found it, never the term; the audit log records the result, passed or failed with
// counts. The caller removes the temporary file.
import { open } from 'node:fs/promises';
import { z } from 'zod';
import { DossierError } from '../../../shared/errors.js';
import { ReaderFailure, type ExhibitReader } from '../../isolation/exhibit-reader.js';
import type { VerifyRedactionAnswer, VerifyRedactionInput, VerifiedRect } from '../../isolation/tasks/verify-redaction.js';
import { defaultTextLanguages, tesseractLanguages } from '../../records/evidence-text.js';
import type { Vault } from '../../vault/vault.js';
import type { DossierInput } from '../compose-dossier.js';
import type { DossierLanguage } from '../dossier-text.js';
import type { DossierRedaction, RedactedPage, RedactionLeak } from './dossier-redaction.js';

/** What the verification needs of a redacted page: where it printed and its boxes. */
export type BoxedPage = Pick<RedactedPage, 'dossierPage' | 'rects'>;

/** What one file's verification looks for: the terms and values, and the boxes by page of that file. */
export interface RedactionCheck {
  terms: string[];
  boxes: { page: number; rects: VerifiedRect[] }[];
  languages: string[];
}

export interface VerifyOptions {
  signal?: AbortSignal | undefined;
  /** The task's progress: checks done of all. */
  onProgress?: (done: number, total: number) => void;
}

/** Largest chunk the task may ask for (it asks for verifyChunkBytes). */
const maxChunkBytes = 16 * 1024 * 1024;

/** The check of one export's files: the profile's terms and withheld values, and the boxes of the dossier pages `fileOfPage` puts in that file. */
export function redactionCheck(redaction: DossierRedaction, redactedPages: readonly BoxedPage[], languages: string[], filePage: (dossierPage: number) => number | undefined = (page) => page): RedactionCheck {
  const terms = [...new Set([...redaction.terms.map((term) => term.text), ...redaction.withheldValues].map((text) => text.trim()).filter((text) => text.length >= 2))];
  const byPage = new Map<number, VerifiedRect[]>();
  for (const page of redactedPages) {
    const at = filePage(page.dossierPage);
    if (at === undefined) continue;
    byPage.set(at, [...(byPage.get(at) ?? []), ...page.rects]);
  }
  return { terms, boxes: [...byPage].map(([page, rects]) => ({ page, rects })), languages };
}

/**
 * Verifies the written file `file` (complete and on disk) in the reader: answers the leaks found,
 * each naming a page of that file, or none. A reader that cannot finish throws, as for the export.
 */
export async function verifyRedactedDossier(reader: ExhibitReader, file: string, check: RedactionCheck, options: VerifyOptions = {}): Promise<VerifyRedactionAnswer> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const input: VerifyRedactionInput = { size, terms: check.terms, boxes: check.boxes, languages: check.languages };
    const answer = await reader.run('verifyRedaction', input, {
      ...(options.signal ? { signal: options.signal } : {}),
      serve: async (name, request) => {
        if (name !== 'dossierBytes') throw new DossierError('INTERNAL', `The exhibit reader asked for "${name}", which the verification does not serve.`);
        const { offset, length } = chunkRequest.parse(request);
        if (offset >= size) throw new DossierError('INTERNAL', 'The exhibit reader asked for bytes past the end of the dossier.');
        const bytes = new Uint8Array(Math.min(length, size - offset));
        for (let read = 0; read < bytes.length; ) {
          const { bytesRead } = await handle.read(bytes, read, bytes.length - read, offset + read);
          if (bytesRead === 0) throw new DossierError('INTERNAL', 'The dossier ended before its verification had read it.');
          read += bytesRead;
        }
        return bytes;
      },
      onMessage: (message) => {
        const progress = progressMessage.safeParse(message);
        if (progress.success) options.onProgress?.(progress.data.done, progress.data.total);
      },
    });
    const parsed = verifyAnswer.safeParse(answer);
    if (!parsed.success) throw new DossierError('INTERNAL', 'The exhibit reader answered the verification with something it may not send; the answer was refused.');
    return parsed.data;
  } finally {
    await handle.close();
  }
}

/** A written file awaiting its rename, and where the dossier's pages fall in it. */
export interface WrittenFile {
  /** The temporary file, complete and on disk. */
  temp: string;
  /** Its part (from 1) when the dossier went in parts. */
  part?: number | undefined;
  /** The page of this file that dossier page `dossierPage` printed on, if it is in this file. */
  filePage: (dossierPage: number) => number | undefined;
}

/**
 * Each part's temporary file with where the dossier's pages fall in it: a part holds its printed
 * pages (firstPage to lastPage) after its own cover and index, the pages beyond them.
 */
export function writtenParts(temps: readonly string[], parts: readonly { firstPage: number; lastPage: number; pages: number }[]): WrittenFile[] {
  return temps.map((temp, index) => {
    const part = parts[index];
    const before = part ? part.pages - (part.lastPage - part.firstPage + 1) : 0;
    const filePage = (page: number) => (part && page >= part.firstPage && page <= part.lastPage ? page - part.firstPage + 1 + before : undefined);
    return { temp, part: temps.length > 1 ? index + 1 : undefined, filePage };
  });
}

/** What the export lends the verification: the vault for its audit line, the cancel, and the progress line. */
export interface VerificationHost {
  vault: Vault;
  signal: AbortSignal | undefined;
  progress(progress: { phase: 'verifying'; done: number; total: number; exhibit?: string }): void;
}

/**
 * Verifies every file of a redacted export before any is renamed into place; records the result
 * in the audit log; any leak throws the DossierError naming pages and checks (the caller removes
 * the temporary files). A reader that could not finish the verification fails the export too.
 */
export async function verifyWrittenDossier(reader: ExhibitReader, input: DossierInput, redactedPages: readonly BoxedPage[], files: readonly WrittenFile[], host: VerificationHost): Promise<void> {
  const redaction = input.redaction;
  if (!redaction) return;
  const languages = ocrLanguages(input);
  const leaks: FoundLeak[] = [];
  let pages = 0;
  for (const [index, file] of files.entries()) {
    const check = redactionCheck(redaction, redactedPages, languages, file.filePage);
    const onProgress = (done: number, total: number) => host.progress({ phase: 'verifying', done, total, ...(files.length > 1 ? { exhibit: String(index + 1) } : {}) });
    host.progress({ phase: 'verifying', done: 0, total: 1 });
    let answer: VerifyRedactionAnswer;
    try {
      answer = await verifyRedactedDossier(reader, file.temp, check, { signal: host.signal, onProgress });
    } catch (error) {
      if (error instanceof ReaderFailure && error.kind !== 'stopped') {
        host.vault.audit(`dossier.redaction.verified failed unfinished=${error.kind}`, 'case', input.detail.case.id);
        // Not INTERNAL: the file was not checked, so it is not saved (see leakError for the code and language).
        throw new DossierError('REDACTION_LEAK', unfinishedWords[input.language]);
      }
      throw error;
    }
    pages += answer.pages;
    leaks.push(...answer.leaks.map((leak) => ({ ...leak, ...(file.part === undefined ? {} : { part: file.part }) })));
  }
  host.vault.audit(verificationAuditAction(leaks, files.length, pages), 'case', input.detail.case.id);
  if (leaks.length > 0) throw leakError(leaks, input.language);
}

/** Tesseract codes for the boxes: the case's languages and the dossier's, else rus, kaz, eng. */
function ocrLanguages(input: DossierInput): string[] {
  const codes = tesseractLanguages([...input.detail.case.languages, input.language]);
  return codes.length > 0 ? codes : [...defaultTextLanguages];
}

const unfinishedWords: Record<DossierLanguage, string> = {
  en: 'The verification of the redaction could not finish (the exhibit reader stopped), so the redacted dossier was not saved.',
  ru: 'Проверку редактирования не удалось завершить (программа чтения файлов остановилась), поэтому отредактированное досье не сохранено.',
  fr: 'La vérification de la suppression n’a pas pu aboutir (le lecteur de pièces s’est arrêté) ; le dossier expurgé n’a donc pas été enregistré.',
};

/** The audit log's line for one export's verification: never a term, only counts. */
export function verificationAuditAction(leaks: readonly RedactionLeak[], files: number, pages: number): string {
  if (leaks.length === 0) return `dossier.redaction.verified passed files=${files} pages=${pages}`;
  const checks = [...new Set(leaks.map((leak) => leak.foundBy))].sort().join(',');
  const pagesNamed = new Set(leaks.map((leak) => leak.page ?? 0)).size;
  return `dossier.redaction.verified failed leaks=${leaks.length} pages=${pagesNamed} checks=${checks}`;
}

/** A leak with the file it was found in (its part, from 1, when the dossier went in parts). */
export interface FoundLeak extends RedactionLeak {
  part?: number | undefined;
}

/**
 * The error that fails an export whose verification found something: the pages and the checks,
 * never the term. REDACTION_LEAK, not INTERNAL: Dossier worked as it should, the file did not pass
 * (the window's headline says so, the service does not log it as a crash). In the dossier's
 * language: the core is not told the window's, and the lawyer chose the dossier's for this export.
 */
export function leakError(leaks: readonly FoundLeak[], language: DossierLanguage): DossierError {
  const words = leakWords[language];
  const byCheck = new Map<RedactionLeak['foundBy'], FoundLeak[]>();
  for (const leak of leaks) byCheck.set(leak.foundBy, [...(byCheck.get(leak.foundBy) ?? []), leak]);
  const lines = [...byCheck].map(([check, found]) => {
    const places = [...new Set(found.map((leak) => placeWords(words, leak)))];
    const shown = places.slice(0, 12).join(', ') + (places.length > 12 ? ', …' : '');
    return `${words.checks[check]}: ${shown}`;
  });
  return new DossierError('REDACTION_LEAK', `${words.failed} ${lines.join('; ')}. ${words.nothingWritten}`);
}

/**
 * Where a leak was found. No text means the check could not look: for OCR, the boxed page PDFium
 * could not draw (the reader names it); for the others, the file they could not open.
 */
function placeWords(words: LeakWords, leak: FoundLeak): string {
  if (leak.text !== '') return words.place(leak.page, leak.part);
  if (leak.foundBy === 'ocr' && leak.page !== undefined) return words.undrawn(leak.page, leak.part);
  return words.unreadable(leak.part);
}

interface LeakWords {
  failed: string;
  nothingWritten: string;
  checks: Record<RedactionLeak['foundBy'], string>;
  place: (page: number | undefined, part: number | undefined) => string;
  unreadable: (part: number | undefined) => string;
  undrawn: (page: number, part: number | undefined) => string;
}

const leakWords: Record<DossierLanguage, LeakWords> = {
  en: {
    failed: 'The redaction did not hold: the verification after export still found a removed term or withheld value.',
    nothingWritten: 'The dossier was not saved.',
    checks: { pdfjs: 'in the text as pdf.js reads it', pdfium: 'in the text as PDFium reads it', streams: 'in the file’s data (metadata, bookmarks, annotations, streams)', ocr: 'by OCR under a redaction box' },
    place: (page, part) => `${page === undefined ? 'outside the pages' : `page ${page}`}${part === undefined ? '' : ` of part ${part}`}`,
    unreadable: (part) => `the file${part === undefined ? '' : ` of part ${part}`} could not be read`,
    undrawn: (page, part) => `page ${page}${part === undefined ? '' : ` of part ${part}`} could not be drawn for the check`,
  },
  ru: {
    failed: 'Редактирование не удалось: проверка после экспорта нашла удалённый термин или скрытое значение.',
    nothingWritten: 'Досье не сохранено.',
    checks: { pdfjs: 'в тексте, как его читает pdf.js', pdfium: 'в тексте, как его читает PDFium', streams: 'в данных файла (метаданные, закладки, аннотации, потоки)', ocr: 'распознаванием (OCR) под чёрным прямоугольником' },
    place: (page, part) => `${page === undefined ? 'вне страниц' : `стр. ${page}`}${part === undefined ? '' : ` части ${part}`}`,
    unreadable: (part) => `файл${part === undefined ? '' : ` части ${part}`} не удалось прочитать`,
    undrawn: (page, part) => `стр. ${page}${part === undefined ? '' : ` части ${part}`} не удалось отрисовать для проверки`,
  },
  fr: {
    failed: 'La suppression n’a pas tenu : la vérification après l’export a encore trouvé un terme supprimé ou une valeur retenue.',
    nothingWritten: 'Le dossier n’a pas été enregistré.',
    checks: { pdfjs: 'dans le texte tel que pdf.js le lit', pdfium: 'dans le texte tel que PDFium le lit', streams: 'dans les données du fichier (métadonnées, signets, annotations, flux)', ocr: 'par OCR sous un cadre de suppression' },
    place: (page, part) => `${page === undefined ? 'hors des pages' : `page ${page}`}${part === undefined ? '' : ` de la partie ${part}`}`,
    unreadable: (part) => `le fichier${part === undefined ? '' : ` de la partie ${part}`} n’a pas pu être lu`,
    undrawn: (page, part) => `la page ${page}${part === undefined ? '' : ` de la partie ${part}`} n’a pas pu être dessinée pour la vérification`,
  },
};

// What crosses from the reader, checked: it is the process that parsed the file.
const chunkRequest = z.object({ offset: z.number().int().nonnegative(), length: z.number().int().positive().max(maxChunkBytes) });
const progressMessage = z.object({ type: z.literal('verifying'), done: z.number().int().nonnegative(), total: z.number().int().nonnegative() });
const verifyAnswer = z.object({
  leaks: z
    .array(z.object({ page: z.number().int().positive().max(10_000_000).optional(), foundBy: z.enum(['pdfjs', 'pdfium', 'streams', 'ocr']), text: z.string().max(1000) }))
    .max(1000)
    .transform((leaks) => leaks.map((leak): RedactionLeak => ({ page: leak.page, foundBy: leak.foundBy, text: leak.text }))),
  pages: z.number().int().nonnegative(),
});
