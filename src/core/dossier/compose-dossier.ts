// Composing the dossier PDF from plain data: the case, the exhibits chosen with their labels and
// stored inspections, and a way to ask for an exhibit's bytes. It never sees the vault (no key,
// no records), so it runs in the isolated reader (src/core/isolation) beside the parsers of
// hostile files; export-dossier.ts is the core's side, which chooses the exhibits, serves their
// bytes and writes the file.
//
// Two passes over the exhibits: the first learns what each becomes and how many pages it takes,
// so the contents, the index and every footer ("n / total") can be numbered before any exhibit
// page is written; the second streams the exhibits one at a time into the output, so memory
// holds one exhibit, never all of them. The first pass takes each file's stored inspection and
// reads only text files, to typeset them, and a file never inspected; so a PDF exhibit is parsed
// once in an export, by the second pass.
import { PDFDocument, PDFName, PDFNumber, type PDFPage, type PDFRef } from '@cantoo/pdf-lib';
import { DossierError } from '../../shared/errors.js';
import type { CaseDetail, DisputedEventChoice, EvidenceItem, Translator } from '../../shared/models.js';
import { certificateDest, composeTranslationCertificate, isTranslation } from './certificates.js';
import type { RecognizedPage } from '../../shared/recognized-text.js';
import { dossierText, type DossierLanguage } from './dossier-text.js';
import { imageFrames, uprightSize } from '../exhibits/image-decoding.js';
import { inspectExhibit, inspectionWithoutReading } from '../exhibits/inspect.js';
import type { Inspection } from '../exhibits/inspection.js';
import { exhibitText } from '../exhibits/text-reading.js';
import { stripActiveContent } from './active-content.js';
import { drawUpright, embedFrame } from './exhibit-images.js';
import { createSheet, noticePage, stampSheet, type FooterText } from './exhibit-pages.js';
import { DossierFonts } from './fonts.js';
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
import { PageFlow, pageSize } from './page-flow.js';
import { reproducePdfPages, type PdfReproduction } from './pdf-exhibit-pages.js';
import { filingText } from './filing-text.js';
import { composeProofOfService } from './proof-of-service.js';
import { reasonWords } from './reason-words.js';
import { pageList, reproductionNotes } from './reproduction-notes.js';
import { PdfStreamWriter, type ByteSink } from './pdf-stream-writer.js';
import type { PartSinks } from './filing-parts.js';
import { writePageLabels } from './page-labels.js';
import { partLimitWords, partText } from './part-text.js';
import { filingDpi, reducedFrame } from './shrink-photos.js';
import { finishParts, startParts, type FilingPartsInput, type WrittenPart } from './write-parts.js';
import { composeSeparator } from './separator-page.js';
import { certificateText } from './certificate-text.js';
import { drawTextLayer, placementInBox } from './text-layer.js';
import { findTemplate, type DossierTemplate } from './templates.js';
import type { CitableExhibit } from './citation-targets.js';
import { citableExhibits, pageDest } from './cited-text.js';
import type { DossierRedaction } from './redaction/dossier-redaction.js';
import { redactText, withholdInput } from './redaction/withhold-input.js';
import type { RedactedExhibit, RedactedPage } from './redaction/dossier-redaction.js';
import { findExhibitBoxes, mayRedact } from './redaction/exhibit-boxes.js';
import { ExhibitRedactor } from './redaction/redact-pages.js';
import { composeRedactedHashes, composeRedactionLog, fillRedactedHashes } from './redaction/redaction-layout.js';
import { redactionText } from './redaction/redaction-text.js';
import { dropUnreachable } from './redaction/unreachable-objects.js';

export interface ExportProgress {
  phase: 'reading' | 'composing' | 'exhibits' | 'finishing';
  done: number;
  total: number;
  /** The exhibit being worked on, e.g. "Annex 3". */
  exhibit?: string;
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

/** What a dossier will hold, worked out without writing it: page count, contents with page numbers. */
export interface DossierPlan {
  pages: number;
  template: string;
  language: DossierLanguage;
  /** The entries the contents page prints, in order; level 2 are the exhibits. */
  contents: { title: string; page: number; level: 1 | 2 }[];
  warnings: string[];
  /** Pages whose drawing data does not decode, in all exhibits (each named in a warning): the export can reproduce them as images. */
  undrawablePages: number;
  /** Pages before the first exhibit (cover, contents, sections): what an urgent letter's limit counts. */
  pagesBeforeExhibits: number;
  /** The exhibits in order, where each begins and how many pages it has: where citations land (citation-targets.ts). */
  exhibits: CitableExhibit[];
}

/** An evidence item chosen for the dossier, with its label and what inspecting its file found. */
export interface SelectedExhibit {
  item: EvidenceItem & { blobId: string };
  label: string;
  /** Index in the selection of the original this item translates, when the template pairs them. */
  translationOf?: number | undefined;
  /** What inspecting the file found, when it was inspected before (at import, or by an earlier plan or export). */
  inspection?: Inspection | undefined;
  /** The password the user gave for a protected PDF, used only to reproduce its pages. */
  password?: string | undefined;
}

/** Everything the composer needs, as plain data (it crosses to the reader process). */
export interface DossierInput {
  detail: CaseDetail;
  templateId: string;
  language: DossierLanguage;
  selection: SelectedExhibit[];
  /** Warnings found while choosing the exhibits (confidential items left out). */
  warnings: string[];
  /** The date the cover prints, YYYY-MM-DD. */
  today: string;
  disputedEvents: DisputedEventChoice | undefined;
  fontsDir: string;
  /** Reproduce the pages whose drawing data does not decode as images of the page (the plan warns of them otherwise). */
  undrawablePagesAsImages?: boolean | undefined;
  /** Write the dossier in parts, each within these limits (the template's filing rules or the user's). */
  parts?: FilingPartsInput | undefined;
  /** Place photos at 300 dpi at their printed size instead of their full resolution. */
  shrinkPhotos?: boolean | undefined;
  /** The translators and interpreters the selection's translations and the statement name, for their certificates. */
  translators?: Translator[] | undefined;
  /** Print the table of facts by element after the argument. */
  factsByElement?: boolean | undefined;
  /** The redaction profile this dossier is made under (redaction/dossier-redaction.ts); absent: nothing redacted. */
  redaction?: DossierRedaction | undefined;
}

/** What the composer asks of the side that holds the vault. */
export interface ComposerIO {
  /** The decrypted bytes of a selected exhibit's file. */
  readBlob(blobId: string): Promise<Uint8Array>;
  /** What OCR recognised on the scanned pages (images, scanned PDF pages) of a selected exhibit's file, as the vault keeps it. */
  readRecognizedText?(blobId: string): Promise<RecognizedPage[]>;
  progress(progress: ExportProgress): void;
  /**
   * Says the composer is still at work within one exhibit (after each page): a 500-page scan
   * rendered page by page takes longer than the reader's deadline without a word. Not progress:
   * the core still blames this exhibit if the reader fails.
   */
  working?(): void;
  signal?: AbortSignal | undefined;
}

/** A file the composer inspected because no inspection was stored: the vault's side keeps it. */
export interface FoundInspection {
  blobId: string;
  inspection: Inspection;
}

export interface ComposedPlan {
  plan: DossierPlan;
  inspections: FoundInspection[];
}

export interface ComposedDossier {
  pages: number;
  bytes: number;
  exhibits: ExportedExhibit[];
  warnings: string[];
  inspections: FoundInspection[];
  /** When written in parts: what each holds, in order (one part is an ordinary dossier). */
  parts?: WrittenPart[] | undefined;
  /** In a redacted export: every exhibit page drawn again with boxes, and each redacted exhibit's hash (redaction/redact-pages.ts). */
  redactedPages?: RedactedPage[] | undefined;
  redactedExhibits?: RedactedExhibit[] | undefined;
}

interface Prepared {
  detail: CaseDetail;
  template: DossierTemplate;
  language: DossierLanguage;
  selection: SelectedExhibit[];
  warnings: string[];
  today: string;
  disputedEvents: DisputedEventChoice;
  fontsDir: string;
  undrawablePagesAsImages: boolean;
  parts: FilingPartsInput | undefined;
  shrinkPhotos: boolean;
  translators: Translator[];
  factsByElement: boolean;
  /** Filled in by pass one. */
  inspections: FoundInspection[];
  undrawablePages: number;
  redaction: DossierRedaction | undefined;
}

function prepare(given: DossierInput): Prepared {
  // A redaction profile's withheld items and terms leave the input before anything reads it.
  const input = withholdInput(given);
  const template = findTemplate(input.templateId);
  if (!template) throw new DossierError('INVALID_INPUT', `There is no dossier template "${input.templateId}".`);
  return {
    detail: input.detail,
    template,
    language: input.language,
    selection: input.selection,
    warnings: [...input.warnings],
    today: input.today,
    disputedEvents: input.disputedEvents ?? template.disputedEvents,
    fontsDir: input.fontsDir,
    undrawablePagesAsImages: input.undrawablePagesAsImages ?? false,
    parts: input.parts,
    shrinkPhotos: input.shrinkPhotos ?? false,
    translators: input.translators ?? [],
    factsByElement: input.factsByElement ?? false,
    inspections: [],
    undrawablePages: 0,
    redaction: input.redaction,
  };
}

/**
 * Lays the dossier out exactly as composeDossier would, on a document that is never written:
 * the same inspection of each exhibit and the same settling of the front matter, so the page
 * numbers shown before an export are the ones it prints. Once every file is inspected, it reads
 * none but the text files it typesets.
 */
export async function planComposition(input: DossierInput, io: ComposerIO): Promise<ComposedPlan> {
  const prepared = prepare(input);
  const scratch = await PDFDocument.create({ updateMetadata: false });
  const fonts = await DossierFonts.create(scratch, { fontsDir: prepared.fontsDir, measureOnly: true });
  const { front, context, exhibits } = await layOut(scratch, fonts, io, prepared);
  // What export alone draws, drawn here on the scratch document so the plan warns of the same
  // characters: the separators and the footers.
  for (const exhibit of exhibits) {
    fonts.atPlace(exhibitName(context, exhibit));
    composeSeparator(scratch, fonts, context, exhibit);
  }
  fonts.atPlace(dossierText[prepared.language].pageFooters);
  fonts.widthOf(footerReference(prepared.detail), 1);
  const plan: DossierPlan = {
    pages: front.totalPages,
    template: prepared.template.id,
    language: prepared.language,
    contents: front.entries.map(({ title, page, level }) => ({ title, page, level })),
    warnings: [...prepared.warnings, ...uncoveredWarnings(fonts, prepared.language)],
    undrawablePages: prepared.undrawablePages,
    pagesBeforeExhibits: pagesBeforeExhibits(front),
    exhibits: citableExhibits(context),
  };
  return { plan, inspections: prepared.inspections };
}

/** Composes the dossier and writes it to `out`, exhibit by exhibit. */
export async function composeDossier(input: DossierInput, io: ComposerIO, out: ByteSink, parts?: PartSinks): Promise<ComposedDossier> {
  const prepared = prepare(input);
  const result = await writeDossier(io, prepared, out, parts);
  return { ...result, warnings: prepared.warnings, inspections: prepared.inspections };
}

/**
 * Inspects a file no inspection was stored for (imported before inspections were kept, too large
 * to read at import, or inspected by an older inspector), noting the result for the vault's side
 * to keep, so the next plan or export reads it instead of the file.
 */
async function inspectForTheFirstTime(io: ComposerIO, { item, password }: SelectedExhibit, found: FoundInspection[]): Promise<Inspection> {
  const inspection =
    inspectionWithoutReading(item.mediaType, item.size) ?? (await inspectExhibit(await io.readBlob(item.blobId), item.mediaType, io.signal, { password }));
  found.push({ blobId: item.blobId, inspection });
  return inspection;
}

/** Pass one and the front matter, settled: everything the page numbers depend on. */
async function layOut(doc: PDFDocument, fonts: DossierFonts, io: ComposerIO, prepared: Prepared) {
  const { detail, template, language, selection, warnings, fontsDir } = prepared;
  const t = dossierText[language];
  const signal = io.signal;

  // Pass one: what each exhibit becomes, and its page count. Text files are typeset now.
  const exhibits: PlannedExhibit[] = [];
  const textPages = new Map<PlannedExhibit, PDFPage[]>();
  const context: ComposeContext = {
    detail,
    template,
    language,
    exhibits,
    today: prepared.today,
    disputedEvents: prepared.disputedEvents,
    translators: prepared.translators,
    factsByElement: prepared.factsByElement,
  };
  const redaction = prepared.redaction;
  if (redaction) context.redaction = { profileName: redaction.profileName, logPage: redaction.logPage, boxes: new Map(), hashSlots: new Map() };
  const certificates = new Map<PlannedExhibit, PageFlow>();
  for (const [index, entry] of selection.entries()) {
    signal?.throwIfAborted();
    const exhibit: PlannedExhibit = { label: entry.label, dest: `exhibit-${index + 1}`, item: entry.item, content: { kind: 'text', text: '' }, contentPages: 0, firstPage: 0 };
    exhibit.translationOf = entry.translationOf === undefined ? undefined : exhibits[entry.translationOf];
    if (entry.password) exhibit.password = entry.password;
    io.progress({ phase: 'reading', done: index, total: selection.length, exhibit: exhibitName(context, exhibit) });
    const inspection = entry.inspection ?? (await inspectForTheFirstTime(io, entry, prepared.inspections));
    exhibit.content = inspection.kind === 'text' ? { kind: 'text', text: exhibitText(await io.readBlob(entry.item.blobId)) } : inspection;
    if (exhibit.content.kind === 'pages' || exhibit.content.kind === 'image') exhibit.contentPages = exhibit.content.pageCount;
    if (redaction && exhibit.content.kind === 'text') {
      exhibit.content.text = redactText(exhibit.content.text, [...redaction.terms.map((term) => term.text), ...redaction.withheldValues], t.redactedMark);
    }
    // Which pages get boxes is known before the layout, so the plan counts the redaction log's pages as the export prints them.
    if (redaction && (exhibit.content.kind === 'pages' || exhibit.content.kind === 'image') && mayRedact(redaction, entry.item.id)) {
      const boxes = await findExhibitBoxes(redaction, {
        evidenceId: entry.item.id,
        kind: exhibit.content.kind === 'pages' ? 'pdf' : 'image',
        pageCount: exhibit.contentPages,
        bytes: () => io.readBlob(entry.item.blobId).catch(() => undefined),
        password: entry.password,
        recognized: await recognizedText(io, entry.item.blobId),
        signal,
        onPage: () => io.working?.(),
      });
      if (boxes.size > 0) context.redaction!.boxes.set(exhibit, boxes);
    }
    if (exhibit.content.kind === 'pages' && exhibit.content.undrawablePages?.length) {
      const undrawable = exhibit.content.undrawablePages.filter((page) => page <= exhibit.contentPages);
      prepared.undrawablePages += undrawable.length;
      if (!prepared.undrawablePagesAsImages && undrawable.length > 0) {
        warnings.push(t.warnings.undrawablePages(exhibitName(context, exhibit), entry.item.originalName, pageList(undrawable)));
      }
    }
    if (exhibit.content.kind === 'text') {
      const flow = new PageFlow(doc, fonts);
      flow.atPlace(exhibitName(context, exhibit));
      flow.newPage();
      flow.paragraph(exhibit.content.text, { size: 10 });
      textPages.set(exhibit, flow.pages);
      exhibit.contentPages = flow.pages.length;
    }
    if (exhibit.content.kind === 'not_reproduced') {
      warnings.push(t.warnings.notReproduced(exhibitName(context, exhibit), entry.item.originalName, reasonWords(language, exhibit.content)));
    }
    // A translation's certificate follows its pages and is numbered with them.
    if (isTranslation(exhibit)) {
      const certificate = new PageFlow(doc, fonts);
      composeTranslationCertificate(certificate, context, exhibit);
      certificates.set(exhibit, certificate);
      exhibit.certificatePages = certificate.pages.length;
    }
    exhibits.push(exhibit);
  }

  // Page numbers depend on how long the contents and sections are, and those print page
  // numbers: lay them out on a scratch document until the lengths settle, then all of the
  // front matter once for real. The cover and the manifest print no page numbers and are
  // not part of the trials.
  io.progress({ phase: 'composing', done: 0, total: 1 });
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
  // The pages citations land on, as the final layout prints them (the trials' numbers differ).
  context.citedPages = new Set();
  const front = layoutFrontMatter(doc, fonts, context, lengths);
  const maxBefore = template.filing.maxPagesBeforeExhibits;
  const before = pagesBeforeExhibits(front);
  if (maxBefore !== undefined && before > maxBefore) warnings.push(filingText[language].warnings.pagesBeforeExhibits(before, maxBefore));
  return { context, exhibits, textPages, certificates, front };
}

/** The cover, contents and sections: every page before the first exhibit's separator. */
function pagesBeforeExhibits(front: FrontMatter): number {
  return front.cover.pages.length + front.contents.pages.length + front.sections.pages.length;
}

async function writeDossier(
  io: ComposerIO,
  prepared: Prepared,
  out: ByteSink,
  partSinks?: PartSinks,
): Promise<Pick<ComposedDossier, 'pages' | 'bytes' | 'exhibits' | 'parts' | 'redactedPages' | 'redactedExhibits'>> {
  const { detail, language, warnings, fontsDir } = prepared;
  const t = dossierText[language];
  const signal = io.signal;
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await DossierFonts.create(doc, { fontsDir });
  const { context, exhibits, textPages, certificates, front } = await layOut(doc, fonts, io, prepared);
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
  for (const [exhibit, certificate] of certificates) {
    certificate.pages.forEach((page, index) => stampOwnPage(page, exhibit.firstPage + 1 + exhibit.contentPages + index, exhibitName(context, exhibit)));
  }

  // Pass two: stream the exhibits.
  // In parts, each file is written by its own writer (filing-parts.ts), else by this one.
  const parted = prepared.parts && partSinks ? startParts(doc, partSinks, prepared.parts, front.contents.pages.map((page) => page.ref)) : undefined;
  const writer = new PdfStreamWriter(doc, out);
  if (!parted) await writer.writeHeader();
  // pdf-lib keeps one "q" and one "Q" stream per document and wraps every page it draws on
  // with them; they must outlive the exhibit that first needs them.
  doc.context.getPushGraphicsStateContentStream();
  doc.context.getPopGraphicsStateContentStream();
  writer.mark();
  await parted?.parted.begin(frontPages.map((page) => page.ref));
  const order: PDFRef[] = frontPages.map((page) => page.ref);
  const exhibitTargets: NavigationTarget[] = [];
  const redactedPages: RedactedPage[] = [];
  const redactedHashes = new Map<PlannedExhibit, string>();
  for (const [index, exhibit] of exhibits.entries()) {
    signal?.throwIfAborted();
    const name = exhibitName(context, exhibit);
    io.progress({ phase: 'exhibits', done: index, total: exhibits.length, exhibit: name });
    fonts.atPlace(name);
    const redactor = context.redaction ? new ExhibitRedactor(exhibit.item.id, context.redaction.boxes.get(exhibit) ?? new Map(), language, exhibit.firstPage + 1) : undefined;
    // The pages first: the separator says how they were reproduced. The order of pages is set by `order`.
    const pages = await exhibitPages(doc, fonts, io, exhibit, name, textPages.get(exhibit), (offset) => footer(exhibit.firstPage + 1 + offset, name), t.pageNotReproduced, prepared, redactor);
    // Everything this exhibit brought into the document, before it is written: nothing in the
    // dossier may run, launch or carry a file (a hostile exhibit's script, a planted attachment).
    // Before the separator is drawn, so that its own links (to a translation, to the original) stay.
    const brought = () => (parted ? parted.parted.objectsSinceMark() : writer.objectsSinceMark());
    stripActiveContent(doc.context, brought());
    // What the redaction took off the pages (annotations, a field tree, pages rendered instead) must not be written unused.
    if (redactor) dropUnreachable(doc.context, brought(), pages.refs);
    const redactedHash = redactor?.digest();
    if (redactor && redactedHash) {
      redactedPages.push(...redactor.pages);
      redactedHashes.set(exhibit, redactedHash);
      const boxCount = redactor.pages.reduce((sum, page) => sum + Object.values(page.boxes).reduce((a, b) => a + (b ?? 0), 0), 0);
      (exhibit.filingNotes ??= []).push(redactionText[language].separatorNote(boxCount, redactor.pages.length, exhibit.item.sha256));
    }
    exhibit.reproduction = pages.reproduction;
    if (pages.reduced) (exhibit.filingNotes ??= []).push(partText[language].reducedPhoto(filingDpi));
    if (parted?.parted.largerThanOnePart(pages.refs)) (exhibit.filingNotes ??= []).push(partText[language].splitExhibit(partLimitWords(prepared.parts!, language)));
    const how = reproductionNotes(language, pages.reproduction);
    if (how.length > 0) warnings.push(t.warnings.partlyReproduced(name, exhibit.item.originalName, how.join(' ')));
    fonts.atPlace(name);
    const separator = composeSeparator(doc, fonts, context, exhibit);
    stampOwnPage(separator, exhibit.firstPage, name);
    const certificate = certificates.get(exhibit);
    order.push(separator.ref, ...pages.refs, ...(certificate?.pages.map((page) => page.ref) ?? []));
    exhibitTargets.push({ dest: exhibit.dest, title: `${name} — ${exhibit.item.title}`, pageRef: separator.ref, top: pageSize.height });
    if (certificate) {
      exhibitTargets.push({ dest: certificateDest(exhibit), title: certificateText[language].contentsEntry(name), pageRef: certificate.pages[0]!.ref, top: pageSize.height });
    }
    if (parted) {
      parted.destinations.set(exhibit.dest, separator.ref);
      if (certificate) parted.destinations.set(certificateDest(exhibit), certificate.pages[0]!.ref);
      await parted.parted.place(order.slice(order.indexOf(separator.ref)), exhibit.firstPage, name);
      parted.parted.dropSinceMark();
      continue;
    }
    await writer.flushSinceMark();
  }
  io.progress({ phase: 'finishing', done: 0, total: 1 });
  // Every page a citation lands on, by name: not a bookmark, only a place links open at.
  const citedPageTargets = [...(context.citedPages ?? [])].map(
    (page): NavigationTarget => ({ dest: pageDest(page), title: '', pageRef: order[page - 1]!, top: 0, fit: true, outline: false }),
  );
  if (context.redaction) fillRedactedHashes(fonts, context.redaction, redactedHashes);
  order.push(...front.manifest.pages.map((page) => page.ref));
  if (order.length !== totalPages) throw new DossierError('INTERNAL', `The dossier has ${order.length} pages, ${totalPages} were planned.`);

  const pagesRoot = doc.catalog.Pages();
  pagesRoot.set(PDFName.of('Kids'), doc.context.obj(order));
  pagesRoot.set(PDFName.of('Count'), PDFNumber.of(order.length));
  const toTarget = (mark: Landmark): NavigationTarget => ({ dest: mark.dest, title: mark.title, pageRef: mark.page.ref, top: mark.top });
  const targets: NavigationTarget[] = [front.contentsMark, ...front.sectionMarks].map(toTarget);
  if (exhibitTargets.length > 0) targets.push({ dest: 'exhibits', title: t.exhibitsHeading, pageRef: exhibitTargets[0]!.pageRef, top: pageSize.height, children: exhibitTargets });
  targets.push(toTarget(front.manifestMark));
  if (front.redactionLogMark) targets.push(toTarget(front.redactionLogMark));
  if (front.proofOfServiceMark) targets.push(toTarget(front.proofOfServiceMark));
  targets.push(...citedPageTargets);
  setMetadata(doc, context);
  let bytes: number;
  let parts: WrittenPart[] | undefined;
  if (parted) {
    await parted.parted.place(front.manifest.pages.map((page) => page.ref), front.manifestStart, t.manifest);
    parts = await finishParts({ ...parted, doc, fonts, input: prepared.parts!, context, targets, entries: front.entries, reference });
    bytes = parts.reduce((sum, part) => sum + part.bytes, 0);
  } else {
    writeNamedDestinations(doc, targets);
    writeOutline(doc, targets);
    // A viewer's page numbers are the printed ones: page 1 is the cover.
    writePageLabels(doc, [{ startIndex: 0, firstNumber: 1 }]);
    await doc.flush();
    bytes = await writer.finish();
  }
  warnings.push(...uncoveredWarnings(fonts, language));
  io.progress({ phase: 'finishing', done: 1, total: 1 });
  return {
    pages: totalPages,
    bytes,
    ...(parts ? { parts } : {}),
    ...(context.redaction
      ? {
          redactedPages,
          redactedExhibits: exhibits.flatMap((exhibit) => {
            const redactedSha256 = redactedHashes.get(exhibit);
            return redactedSha256 ? [{ evidenceId: exhibit.item.id, redactedSha256, originalSha256: exhibit.item.sha256 }] : [];
          }),
        }
      : {}),
    exhibits: exhibits.map((exhibit) => ({
      label: exhibit.label,
      title: exhibit.item.title,
      originalName: exhibit.item.originalName,
      sha256: exhibit.item.sha256,
      firstPage: exhibit.firstPage,
      pages: 1 + exhibit.contentPages + (exhibit.certificatePages ?? 0),
      rendered: exhibit.content.kind !== 'not_reproduced',
      ...(exhibit.content.kind === 'not_reproduced' ? { reason: reasonWords(language, exhibit.content) } : {}),
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
      if (exhibit.certificatePages) {
        const title = certificateText[context.language].contentsEntry(exhibitName(context, exhibit));
        entries.push({ title, page: exhibit.firstPage + 1 + exhibit.contentPages, dest: certificateDest(exhibit), level: 2 });
      }
    }
  }
  // The manifest opens with its heading, on the page after the last exhibit.
  entries.push({ title: t.manifest, page: manifestStart, dest: 'manifest', level: 1 });
  // Before the manifest is laid out (the trials of the contents' length), the log is taken to start on its second page.
  if (context.redaction?.logPage) {
    entries.push({ title: redactionText[context.language].logHeading, page: manifestStart + (context.redaction.logOffset ?? 1), dest: 'redaction-log', level: 1 });
  }
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
  /** The redaction log, on its own page after the manifest (a redacted export whose profile asks for it). */
  redactionLogMark?: Landmark | undefined;
  /** The proof of service, on its own page after the manifest: the filing's last page (templates with filing.proofOfService). */
  proofOfServiceMark?: Landmark | undefined;
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
  composeRedactedHashes(manifest, context);
  const redactionLogMark = composeRedactionLog(manifest, context);
  const proofOfServiceMark = context.template.filing.proofOfService ? composeProofOfService(manifest, context) : undefined;
  const { contents, contentsMark, entries } = layoutContents(doc, fonts, context, numbered);
  const { sections, sectionMarks, manifestStart } = numbered;
  return {
    cover,
    contents,
    sections,
    manifest,
    contentsMark,
    sectionMarks,
    manifestMark,
    redactionLogMark,
    proofOfServiceMark,
    entries,
    manifestStart,
    totalPages: manifestStart - 1 + manifest.pages.length,
  };
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
    next += 1 + exhibit.contentPages + (exhibit.certificatePages ?? 0);
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
  /** How the pages of a PDF or an image were reproduced (its notes are empty when simply copied or placed). */
  reproduction?: PdfReproduction | undefined;
  /** Whether a photo was placed at the filing's resolution instead of its own (shrink-photos.ts). */
  reduced?: boolean;
}

/** The exhibit's own pages, stamped; exactly as many as planned, a notice standing in for any that failed. */
async function exhibitPages(
  doc: PDFDocument,
  fonts: DossierFonts,
  io: ComposerIO,
  exhibit: PlannedExhibit,
  name: string,
  typeset: PDFPage[] | undefined,
  footer: (offset: number) => FooterText,
  notice: string,
  { fontsDir, undrawablePagesAsImages, shrinkPhotos }: Prepared,
  redactor?: ExhibitRedactor,
): Promise<ExhibitPagesResult> {
  const signal = io.signal;
  const { content } = exhibit;
  if (content.kind === 'not_reproduced') return { refs: [] };
  if (content.kind === 'text') return { refs: (typeset ?? []).map((page) => page.ref) };
  let bytes: Uint8Array | undefined;
  try {
    bytes = await io.readBlob(exhibit.item.blobId);
  } catch (error) {
    // A file the vault cannot give (damaged on disk, say) costs its pages, never the export.
    if (signal?.aborted) throw error;
  }
  const recognized = bytes ? await recognizedText(io, exhibit.item.blobId) : new Map<number, RecognizedPage>();
  if (bytes && content.kind === 'pages') {
    const asImages = undrawablePagesAsImages ? content.undrawablePages : undefined;
    const { refs, reproduction } = await reproducePdfPages(doc, fonts, {
      bytes,
      count: exhibit.contentPages,
      password: exhibit.password,
      asImages,
      fontsDir,
      footer,
      notice,
      signal,
      onPage: () => io.working?.(),
      recognized,
      place: name,
      redactor,
    });
    return { refs, reproduction };
  }
  const refs: PDFRef[] = [];
  const recognisedPages: number[] = [];
  let reduced = false;
  try {
    for await (const frame of bytes ? imageFrames(bytes, exhibit.item.mediaType) : []) {
      if (refs.length === exhibit.contentPages) break;
      signal?.throwIfAborted();
      const { page, box } = createSheet(doc, uprightSize(frame));
      const reducedPhoto = shrinkPhotos ? await reducedFrame(frame, box) : undefined;
      if (reducedPhoto) reduced = true;
      // In a redacted export every frame is drawn again: its boxes painted in, its metadata gone.
      const placedFrame = redactor ? await redactor.frame(reducedPhoto ?? frame, refs.length + 1) : (reducedPhoto ?? frame);
      const image = await embedFrame(doc, placedFrame);
      const placed = drawUpright(page, image, placedFrame, box);
      // OCR read the picture upright, as it is drawn here.
      const recognisedText = recognized.get(refs.length + 1);
      const text = redactor ? redactor.recognizedOutside(recognisedText, refs.length + 1) : recognisedText;
      if (text && drawTextLayer(page, fonts, text, placementInBox(text, placed), name)) recognisedPages.push(refs.length + 1);
      // Write the image now, so its bytes leave memory with this exhibit.
      await image.embed();
      stampSheet(page, fonts, footer(refs.length));
      redactor?.finishPage(fonts, refs.length + 1, { page, placed });
      refs.push(page.ref);
      io.working?.();
    }
  } catch (error) {
    if (signal?.aborted) throw error;
  }
  const missingPages: number[] = [];
  while (refs.length < exhibit.contentPages) {
    missingPages.push(refs.length + 1);
    refs.push(noticePage(doc, fonts, notice, footer(refs.length)).ref);
  }
  return { refs, reproduction: { repaired: false, decrypted: false, imagePages: [], missingPages, recognisedPages }, reduced };
}

/**
 * The recognised text of an exhibit's scanned pages, by page number; none when the vault keeps
 * none (not read yet, or a file with text of its own) or cannot give it: the pages are reproduced
 * the same, without a text layer.
 */
async function recognizedText(io: ComposerIO, blobId: string): Promise<Map<number, RecognizedPage>> {
  try {
    const pages = (await io.readRecognizedText?.(blobId)) ?? [];
    return new Map(pages.map((page) => [page.page, page]));
  } catch (error) {
    if (io.signal?.aborted) throw error;
    return new Map();
  }
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
