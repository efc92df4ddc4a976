// Exporting a case as one dossier PDF. Two passes over the exhibits: the first learns what each
// becomes and how many pages it takes, so the contents, the index and every footer ("n / total")
// can be numbered before any exhibit page is written; the second streams the exhibits one at a
// time into the file, so memory holds one exhibit, never all of them. The first pass takes each
// file's stored inspection (src/core/exhibits) and opens only text files, to typeset them, and a
// file never inspected; so a PDF exhibit is parsed once in an export, by the second pass.
import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, PDFName, PDFNumber, type PDFPage, type PDFRef } from '@cantoo/pdf-lib';
import { localDay } from '../../shared/dates.js';
import { DossierError } from '../../shared/errors.js';
import type { CaseDetail, DisputedEventChoice, EvidenceItem } from '../../shared/models.js';
import { getCaseDetail } from '../records/case-detail.js';
import { fsyncDirectory } from '../fs/atomic-write.js';
import { getEvidence } from '../records/evidence.js';
import type { Vault } from '../vault/vault.js';
import { dossierText, type DossierLanguage } from './dossier-text.js';
import { imageFrames, uprightSize } from '../exhibits/image-decoding.js';
import type { Inspection } from '../exhibits/inspection.js';
import { loadPdfForCopying } from '../exhibits/pdf-reading.js';
import { inspectStoredFile } from '../exhibits/stored-inspections.js';
import { exhibitText } from '../exhibits/text-reading.js';
import { readInspections } from '../records/inspections.js';
import { drawUpright, embedFrame } from './exhibit-images.js';
import { createSheet, isTooSmallToPad, padAndStamp, placeOnSheet, stampSheet, type FooterText } from './exhibit-pages.js';
import { DossierFonts, defaultFontsDir } from './fonts.js';
import {
  composeContents,
  composeCover,
  composeManifest,
  composeSections,
  exhibitName,
  type ComposeContext,
  type ContentsEntry,
  type Landmark,
  type PlannedExhibit,
} from './front-matter.js';
import { writeNamedDestinations, writeOutline, type NavigationTarget } from './navigation.js';
import { PageFlow, attachPage, createPage, pageSize } from './page-flow.js';
import { PdfStreamWriter } from './pdf-stream-writer.js';
import { composeSeparator } from './separator-page.js';
import { defaultTemplateId, exhibitLabel, findTemplate, type DossierTemplate } from './templates.js';

export interface ExportProgress {
  phase: 'reading' | 'composing' | 'exhibits' | 'finishing';
  done: number;
  total: number;
  /** The exhibit being worked on, e.g. "Annex 3". */
  exhibit?: string;
}

export interface ExportOptions {
  /** Template id; defaults to the one made for the case's forum. */
  template?: string;
  language?: DossierLanguage;
  /** Evidence ids in the order wanted; default: every non-confidential item in case order. */
  exhibitIds?: string[];
  /** The date printed on the cover, YYYY-MM-DD; default today. */
  today?: string;
  /** Whether the chronology leaves disputed events out, marks them or prints them plainly; default: the template's. */
  disputedEvents?: DisputedEventChoice;
  fontsDir?: string;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
}

export interface ExportedExhibit {
  label: string;
  title: string;
  originalName: string;
  sha256: string;
  firstPage: number;
  pages: number;
  rendered: boolean;
  /** Why the file is not reproduced, in the dossier's language. */
  reason?: string;
}

export interface ExportResult {
  file: string;
  pages: number;
  bytes: number;
  template: string;
  language: DossierLanguage;
  exhibits: ExportedExhibit[];
  warnings: string[];
}

/** What a dossier will hold, worked out without writing it: page count, contents with page numbers. */
export interface DossierPlan {
  pages: number;
  template: string;
  language: DossierLanguage;
  /** The entries the contents page prints, in order; level 2 are the exhibits. */
  contents: { title: string; page: number; level: 1 | 2 }[];
  warnings: string[];
}

export type PlanOptions = Omit<ExportOptions, 'onProgress'>;

interface Prepared {
  detail: CaseDetail;
  template: DossierTemplate;
  language: DossierLanguage;
  selection: Selected[];
  warnings: string[];
}

function prepare(vault: Vault, caseId: string, options: PlanOptions): Prepared {
  const detail = getCaseDetail(vault, caseId);
  const language = options.language ?? 'en';
  const templateId = options.template ?? defaultTemplateId[detail.case.forum] ?? 'national-asylum-bundle';
  const template = findTemplate(templateId);
  if (!template) throw new DossierError('INVALID_INPUT', `There is no dossier template "${templateId}".`);
  const warnings: string[] = [];
  const selection = selectExhibits(vault, detail, template, language, options.exhibitIds, warnings);
  return { detail, template, language, selection, warnings };
}

/**
 * Lays the dossier out exactly as exportDossier would, on a document that is never written:
 * the same inspection of each exhibit and the same settling of the front matter, so the page
 * numbers shown before an export are the ones it prints. Once every file is inspected, it opens
 * none but the text files it typesets.
 */
export async function planDossier(vault: Vault, caseId: string, options: PlanOptions = {}): Promise<DossierPlan> {
  const prepared = prepare(vault, caseId, options);
  const fontsDir = options.fontsDir ?? defaultFontsDir();
  const scratch = await PDFDocument.create({ updateMetadata: false });
  const fonts = await DossierFonts.create(scratch, { fontsDir, measureOnly: true });
  const { front, context, exhibits } = await layOut(scratch, fonts, vault, prepared, options);
  // What export alone draws, drawn here on the scratch document so the plan warns of the same
  // characters: the separators and the footers.
  for (const exhibit of exhibits) {
    fonts.atPlace(exhibitName(context, exhibit));
    composeSeparator(scratch, fonts, context, exhibit);
  }
  fonts.atPlace(dossierText[prepared.language].pageFooters);
  fonts.widthOf(footerReference(prepared.detail), 1);
  return {
    pages: front.totalPages,
    template: prepared.template.id,
    language: prepared.language,
    contents: front.entries.map(({ title, page, level }) => ({ title, page, level })),
    warnings: [...prepared.warnings, ...uncoveredWarnings(fonts, prepared.language)],
  };
}

export async function exportDossier(vault: Vault, caseId: string, outFile: string, options: ExportOptions = {}): Promise<ExportResult> {
  const prepared = prepare(vault, caseId, options);
  const { template, language, warnings } = prepared;
  const target = path.resolve(outFile);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.partial`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', 0o600);
    const result = await writeDossier(vault, prepared, handle, options);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target);
    await fsyncDirectory(path.dirname(target));
    vault.audit('dossier.export', 'case', caseId);
    return { ...result, file: target, template: template.id, language, warnings };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true });
    if (options.signal?.aborted) throw new DossierError('CANCELLED', 'The export was cancelled; no file was written.');
    throw error;
  }
}

interface Selected {
  item: EvidenceItem & { blobId: string };
  label: string;
  translationOf?: number | undefined;
  /** What inspecting the file found, when it was inspected before (at import, or by an earlier plan or export). */
  inspection?: Inspection | undefined;
}

/** Which evidence becomes an exhibit, in what order and under what label. */
function selectExhibits(
  vault: Vault,
  detail: CaseDetail,
  template: DossierTemplate,
  language: DossierLanguage,
  exhibitIds: string[] | undefined,
  warnings: string[],
): Selected[] {
  const byId = new Map(detail.evidence.map((item) => [item.id, item]));
  let items: EvidenceItem[];
  if (exhibitIds) {
    items = [...new Set(exhibitIds)].map((id) => {
      const item = byId.get(id);
      if (!item) throw new DossierError('NOT_FOUND', `Evidence ${id} is not part of this case.`);
      return item;
    });
  } else {
    const confidential = detail.evidence.filter((item) => item.confidential);
    if (confidential.length > 0) {
      warnings.push(dossierText[language].warnings.confidentialLeftOut(confidential.length, confidential.map((item) => item.title).join('; ')));
    }
    items = detail.evidence.filter((item) => !item.confidential);
  }
  // A chosen order is kept too, except that a translation follows its original.
  if (template.pairTranslations) items = pairTranslations(items);
  const { blobIds, inspections } = vault.transaction((db) => {
    const blobIds = new Map(items.map((item) => [item.id, getEvidence(db, item.id).blobId]));
    return { blobIds, inspections: readInspections(db, [...blobIds.values()]) };
  });
  const selected: Selected[] = [];
  let counter = 0;
  let lastOriginal: Selected | undefined;
  let companions = 0;
  for (const item of items) {
    const originalIndex = selected.findIndex((entry) => entry.item.id === item.translationOfId);
    const blobId = blobIds.get(item.id)!;
    const entry: Selected = {
      item: { ...item, blobId },
      label: '',
      translationOf: originalIndex >= 0 ? originalIndex : undefined,
      inspection: inspections.get(blobId),
    };
    if (template.pairTranslations && lastOriginal && item.translationOfId === lastOriginal.item.id) {
      companions += 1;
      entry.label = `${lastOriginal.label}.${companions}`;
    } else {
      entry.label = exhibitLabel(counter, template.numbering);
      counter += 1;
      lastOriginal = entry;
      companions = 0;
    }
    selected.push(entry);
  }
  return selected;
}

/**
 * Moves each translation right after its original (a translation of a translation after the
 * one it translates), keeping the case order otherwise. Items whose links go round in a circle
 * have no original to follow: they keep their place rather than drop out of the dossier.
 */
function pairTranslations(items: EvidenceItem[]): EvidenceItem[] {
  const present = new Set(items.map((item) => item.id));
  const isPairedTranslation = (item: EvidenceItem) => item.translationOfId !== undefined && item.translationOfId !== item.id && present.has(item.translationOfId);
  const translations = new Map<string, EvidenceItem[]>();
  for (const item of items) {
    if (isPairedTranslation(item)) translations.set(item.translationOfId!, [...(translations.get(item.translationOfId!) ?? []), item]);
  }
  const placed = new Set<string>();
  const ordered: EvidenceItem[] = [];
  const place = (item: EvidenceItem): void => {
    if (placed.has(item.id)) return;
    placed.add(item.id);
    ordered.push(item);
    for (const translation of translations.get(item.id) ?? []) place(translation);
  };
  for (const item of items) if (!isPairedTranslation(item)) place(item);
  for (const item of items) place(item);
  return ordered;
}

/** Pass one and the front matter, settled: everything the page numbers depend on. */
async function layOut(doc: PDFDocument, fonts: DossierFonts, vault: Vault, prepared: Prepared, options: ExportOptions) {
  const { detail, template, language, selection, warnings } = prepared;
  const t = dossierText[language];
  const signal = options.signal;
  const progress = options.onProgress ?? (() => undefined);
  const fontsDir = options.fontsDir ?? defaultFontsDir();

  // Pass one: what each exhibit becomes, and its page count. Text files are typeset now.
  const exhibits: PlannedExhibit[] = [];
  const textPages = new Map<PlannedExhibit, PDFPage[]>();
  const context: ComposeContext = {
    detail,
    template,
    language,
    exhibits,
    today: options.today ?? localDay(),
    disputedEvents: options.disputedEvents ?? template.disputedEvents,
  };
  for (const [index, entry] of selection.entries()) {
    signal?.throwIfAborted();
    const exhibit: PlannedExhibit = { label: entry.label, dest: `exhibit-${index + 1}`, item: entry.item, content: { kind: 'text', text: '' }, contentPages: 0, firstPage: 0 };
    exhibit.translationOf = entry.translationOf === undefined ? undefined : exhibits[entry.translationOf];
    progress({ phase: 'reading', done: index, total: selection.length, exhibit: exhibitName(context, exhibit) });
    const inspection = entry.inspection ?? (await inspectStoredFile(vault, entry.item, signal));
    exhibit.content = inspection.kind === 'text' ? { kind: 'text', text: exhibitText(await vault.blobs.readAll(entry.item.blobId)) } : inspection;
    if (exhibit.content.kind === 'pages' || exhibit.content.kind === 'image') exhibit.contentPages = exhibit.content.pageCount;
    if (exhibit.content.kind === 'text') {
      const flow = new PageFlow(doc, fonts);
      flow.atPlace(exhibitName(context, exhibit));
      flow.newPage();
      flow.paragraph(exhibit.content.text, { size: 10 });
      textPages.set(exhibit, flow.pages);
      exhibit.contentPages = flow.pages.length;
    }
    if (exhibit.content.kind === 'not_reproduced') {
      // A parser's own words ("Expected instance of PDFDict…") help no one reading the warning;
      // the media type of a file of an unsupported type does.
      const { reason, detail } = exhibit.content;
      const because = reason === 'unknown_type' && detail ? `${t.reasons[reason]} (${detail})` : t.reasons[reason];
      warnings.push(t.warnings.notReproduced(exhibitName(context, exhibit), entry.item.originalName, because));
    }
    exhibits.push(exhibit);
  }

  // Page numbers depend on how long the contents and sections are, and those print page
  // numbers: lay them out on a scratch document until the lengths settle, then all of the
  // front matter once for real. The cover and the manifest print no page numbers and are
  // not part of the trials.
  progress({ phase: 'composing', done: 0, total: 1 });
  const scratch = await PDFDocument.create({ updateMetadata: false });
  const scratchFonts = await DossierFonts.create(scratch, { fontsDir, measureOnly: true });
  const cover = new PageFlow(scratch, scratchFonts);
  composeCover(cover, scratchFonts, context);
  let lengths = { contents: 1, sections: 1 };
  for (let attempt = 0; ; attempt += 1) {
    const measured = measureLengths(scratch, scratchFonts, context, cover.pages.length, lengths);
    if (measured.contents === lengths.contents && measured.sections === lengths.sections) break;
    if (attempt === 5) throw new DossierError('INTERNAL', 'The dossier layout did not settle.');
    lengths = measured;
  }
  return { context, exhibits, textPages, front: layoutFrontMatter(doc, fonts, context, lengths) };
}

async function writeDossier(
  vault: Vault,
  prepared: Prepared,
  out: FileHandle,
  options: ExportOptions,
): Promise<Omit<ExportResult, 'file' | 'template' | 'language' | 'warnings'>> {
  const { detail, language, warnings } = prepared;
  const t = dossierText[language];
  const signal = options.signal;
  const progress = options.onProgress ?? (() => undefined);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fontsDir = options.fontsDir ?? defaultFontsDir();
  const fonts = await DossierFonts.create(doc, { fontsDir });
  const { context, exhibits, textPages, front } = await layOut(doc, fonts, vault, prepared, options);
  const { totalPages, manifestStart } = front;

  const reference = footerReference(detail);
  const footer = (number: number, right = ''): FooterText => ({ left: reference, centre: `${number} / ${totalPages}`, right });
  const stampOwnPage = (page: PDFPage, number: number, right?: string) => {
    fonts.atPlace(t.pageFooters);
    stampSheet(page, fonts, footer(number, right));
  };
  const frontPages = [...front.cover.pages, ...front.contents.pages, ...front.sections.pages];
  frontPages.forEach((page, index) => stampOwnPage(page, index + 1));
  front.manifest.pages.forEach((page, index) => stampOwnPage(page, manifestStart + index));
  for (const [exhibit, pages] of textPages) pages.forEach((page, index) => stampOwnPage(page, exhibit.firstPage + 1 + index, exhibitName(context, exhibit)));

  // Pass two: stream the exhibits.
  const writer = new PdfStreamWriter(doc, out);
  await writer.writeHeader();
  // pdf-lib keeps one "q" and one "Q" stream per document and wraps every page it draws on
  // with them; they must outlive the exhibit that first needs them.
  doc.context.getPushGraphicsStateContentStream();
  doc.context.getPopGraphicsStateContentStream();
  writer.mark();
  const order: PDFRef[] = frontPages.map((page) => page.ref);
  const exhibitTargets: NavigationTarget[] = [];
  for (const [index, exhibit] of exhibits.entries()) {
    signal?.throwIfAborted();
    const name = exhibitName(context, exhibit);
    progress({ phase: 'exhibits', done: index, total: exhibits.length, exhibit: name });
    fonts.atPlace(name);
    const separator = composeSeparator(doc, fonts, context, exhibit);
    stampOwnPage(separator, exhibit.firstPage, name);
    order.push(separator.ref);
    exhibitTargets.push({ dest: exhibit.dest, title: `${name} — ${exhibit.item.title}`, pageRef: separator.ref, top: pageSize.height });
    const pages = await exhibitPages(doc, fonts, vault, exhibit, textPages.get(exhibit), (offset) => footer(exhibit.firstPage + 1 + offset, name), t.pageNotReproduced, fontsDir, signal);
    if (pages.failed) warnings.push(`${name} (${exhibit.item.originalName}): ${pages.failed}`);
    order.push(...pages.refs);
    await writer.flushSinceMark();
  }
  progress({ phase: 'finishing', done: 0, total: 1 });
  order.push(...front.manifest.pages.map((page) => page.ref));
  if (order.length !== totalPages) throw new DossierError('INTERNAL', `The dossier has ${order.length} pages, ${totalPages} were planned.`);

  const pagesRoot = doc.catalog.Pages();
  pagesRoot.set(PDFName.of('Kids'), doc.context.obj(order));
  pagesRoot.set(PDFName.of('Count'), PDFNumber.of(order.length));
  const toTarget = (mark: Landmark): NavigationTarget => ({ dest: mark.dest, title: mark.title, pageRef: mark.page.ref, top: mark.top });
  const targets: NavigationTarget[] = [front.contentsMark, ...front.sectionMarks].map(toTarget);
  if (exhibitTargets.length > 0) targets.push({ dest: 'exhibits', title: t.exhibitsHeading, pageRef: exhibitTargets[0]!.pageRef, top: pageSize.height, children: exhibitTargets });
  targets.push(toTarget(front.manifestMark));
  writeNamedDestinations(doc, targets);
  writeOutline(doc, targets);
  setMetadata(doc, context);
  warnings.push(...uncoveredWarnings(fonts, language));
  await doc.flush();
  const bytes = await writer.finish();
  progress({ phase: 'finishing', done: 1, total: 1 });
  return {
    pages: totalPages,
    bytes,
    exhibits: exhibits.map((exhibit) => ({
      label: exhibit.label,
      title: exhibit.item.title,
      originalName: exhibit.item.originalName,
      sha256: exhibit.item.sha256,
      firstPage: exhibit.firstPage,
      pages: 1 + exhibit.contentPages,
      rendered: exhibit.content.kind !== 'not_reproduced',
      ...(exhibit.content.kind === 'not_reproduced' ? { reason: t.reasons[exhibit.content.reason] } : {}),
    })),
  };
}

/** The case's reference, else its title: the left of every page's footer. */
function footerReference(detail: CaseDetail): string {
  return detail.case.reference ?? detail.case.title;
}

/**
 * One warning per character of the case's text that no shipped font has: its code point and
 * where it prints, so the lawyer can find and retype it; never the text around it.
 */
function uncoveredWarnings(fonts: DossierFonts, language: DossierLanguage): string[] {
  const t = dossierText[language];
  return fonts.uncovered().map(({ character, places }) => {
    const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return t.warnings.uncoveredCharacter(code, character, places.join('; '));
  });
}

/** What the contents page lists: the sections, the exhibits under their heading, the manifest. */
function contentsEntries(context: ComposeContext, { sectionMarks, sectionPages, manifestStart }: NumberedSections): ContentsEntry[] {
  const t = dossierText[context.language];
  const entries: ContentsEntry[] = sectionMarks.map((mark, index) => ({ title: mark.title, page: sectionPages[index]!, dest: mark.dest, level: 1 }));
  if (context.exhibits.length > 0) {
    entries.push({ title: t.exhibitsHeading, page: context.exhibits[0]!.firstPage, dest: context.exhibits[0]!.dest, level: 1 });
    for (const exhibit of context.exhibits) {
      entries.push({ title: `${exhibitName(context, exhibit)} — ${exhibit.item.title}`, page: exhibit.firstPage, dest: exhibit.dest, level: 2 });
    }
  }
  // The manifest opens with its heading, on the page after the last exhibit.
  entries.push({ title: t.manifest, page: manifestStart, dest: 'manifest', level: 1 });
  return entries;
}

interface FrontMatter {
  cover: PageFlow;
  contents: PageFlow;
  sections: PageFlow;
  manifest: PageFlow;
  contentsMark: Landmark;
  sectionMarks: Landmark[];
  manifestMark: Landmark;
  /** What the contents page lists, with the page numbers it prints. */
  entries: ContentsEntry[];
  manifestStart: number;
  totalPages: number;
}

/** Lays out the dossier's own pages, numbering exhibits as if contents and sections had `lengths` pages. */
function layoutFrontMatter(doc: PDFDocument, fonts: DossierFonts, context: ComposeContext, lengths: FrontLengths): FrontMatter {
  // The cover prints no page numbers; a long list of references can take it to a second page.
  const cover = new PageFlow(doc, fonts);
  cover.atPlace(dossierText[context.language].coverPage);
  composeCover(cover, fonts, context);
  const numbered = layoutSections(doc, fonts, context, cover.pages.length, lengths);
  const manifest = new PageFlow(doc, fonts);
  const manifestMark = composeManifest(manifest, context);
  if (manifestMark.page !== manifest.pages[0]) throw new DossierError('INTERNAL', 'The manifest does not open with its heading.');
  const { contents, contentsMark, entries } = layoutContents(doc, fonts, context, numbered);
  const { sections, sectionMarks, manifestStart } = numbered;
  return { cover, contents, sections, manifest, contentsMark, sectionMarks, manifestMark, entries, manifestStart, totalPages: manifestStart - 1 + manifest.pages.length };
}

interface FrontLengths {
  contents: number;
  sections: number;
}

/** How many pages the parts whose length depends on page numbers take, laid out as if they took `lengths`. */
function measureLengths(doc: PDFDocument, fonts: DossierFonts, context: ComposeContext, coverPages: number, lengths: FrontLengths): FrontLengths {
  const numbered = layoutSections(doc, fonts, context, coverPages, lengths);
  return { contents: layoutContents(doc, fonts, context, numbered).contents.pages.length, sections: numbered.sections.pages.length };
}

interface NumberedSections {
  sections: PageFlow;
  sectionMarks: Landmark[];
  /** Where each section starts, in the order of sectionMarks. */
  sectionPages: number[];
  manifestStart: number;
}

/** Numbers the exhibits as if contents and sections had `lengths` pages, and lays out the sections (the exhibit index prints page ranges). */
function layoutSections(doc: PDFDocument, fonts: DossierFonts, context: ComposeContext, coverPages: number, lengths: FrontLengths): NumberedSections {
  const firstSectionPage = 1 + coverPages + lengths.contents;
  let next = firstSectionPage + lengths.sections;
  for (const exhibit of context.exhibits) {
    exhibit.firstPage = next;
    next += 1 + exhibit.contentPages;
  }
  const sections = new PageFlow(doc, fonts);
  const sectionMarks = composeSections(sections, context);
  const sectionPages = sectionMarks.map((mark) => firstSectionPage + sections.pages.indexOf(mark.page));
  return { sections, sectionMarks, sectionPages, manifestStart: next };
}

function layoutContents(doc: PDFDocument, fonts: DossierFonts, context: ComposeContext, numbered: NumberedSections) {
  const contents = new PageFlow(doc, fonts);
  const entries = contentsEntries(context, numbered);
  const contentsMark = composeContents(contents, context, entries);
  contents.atPlace(undefined);
  return { contents, contentsMark, entries };
}

interface ExhibitPagesResult {
  refs: PDFRef[];
  /** Set when some pages could not be reproduced and were replaced by a notice. */
  failed?: string;
}

/** The exhibit's own pages, stamped; exactly as many as planned, a notice standing in for any that failed. */
async function exhibitPages(
  doc: PDFDocument,
  fonts: DossierFonts,
  vault: Vault,
  exhibit: PlannedExhibit,
  typeset: PDFPage[] | undefined,
  footer: (offset: number) => FooterText,
  notReproduced: string,
  fontsDir: string,
  signal: AbortSignal | undefined,
): Promise<ExhibitPagesResult> {
  const { content } = exhibit;
  if (content.kind === 'not_reproduced') return { refs: [] };
  if (content.kind === 'text') return { refs: (typeset ?? []).map((page) => page.ref) };
  const refs: PDFRef[] = [];
  let failed: string | undefined;
  try {
    const bytes = await vault.blobs.readAll(exhibit.item.blobId);
    if (content.kind === 'pages') {
      const source = await loadPdfForCopying(bytes, fontsDir);
      const sourcePages = source.getPages().slice(0, exhibit.contentPages);
      const padded = sourcePages.flatMap((page, index) => (isTooSmallToPad(page) ? [] : [index]));
      const copies = await doc.copyPages(source, padded);
      for (const [index, sourcePage] of sourcePages.entries()) {
        signal?.throwIfAborted();
        const copy = copies[padded.indexOf(index)];
        let page: PDFPage;
        if (copy) {
          page = attachPage(doc, copy);
          padAndStamp(page, fonts, footer(refs.length));
        } else {
          page = await placeOnSheet(doc, sourcePage, fonts, footer(refs.length));
        }
        refs.push(page.ref);
      }
    } else {
      for await (const frame of imageFrames(bytes, exhibit.item.mediaType)) {
        if (refs.length === exhibit.contentPages) break;
        signal?.throwIfAborted();
        const { page, box } = createSheet(doc, uprightSize(frame));
        const image = await embedFrame(doc, frame);
        drawUpright(page, image, frame, box);
        // Write the image now, so its bytes leave memory with this exhibit.
        await image.embed();
        stampSheet(page, fonts, footer(refs.length));
        refs.push(page.ref);
      }
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    failed = `${refs.length} of ${exhibit.contentPages} page(s) reproduced; ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
  while (refs.length < exhibit.contentPages) {
    const page = createPage(doc);
    fonts.draw(page, `${notReproduced}.`, { x: 62, y: pageSize.height / 2, size: 12 });
    stampSheet(page, fonts, footer(refs.length));
    refs.push(page.ref);
    failed ??= 'the file yielded fewer pages than it declared';
  }
  return failed ? { refs, failed } : { refs };
}

function setMetadata(doc: PDFDocument, context: ComposeContext): void {
  const { client, case: record } = context.detail;
  const now = new Date();
  doc.setTitle(`${context.template.title[context.language]} — ${client.fullName}`, { showInWindowTitleBar: true });
  doc.setAuthor(record.responsibleLawyer ?? '');
  doc.setSubject(`${record.title}${record.reference ? ` (${record.reference})` : ''}`);
  doc.setCreator('Dossier');
  doc.setProducer('Dossier (pdf-lib)');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  doc.setLanguage(context.language);
}
