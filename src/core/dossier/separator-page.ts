// The page in front of every exhibit: what it is, where it came from, its fingerprint and where
// its pages are, or, when the file cannot be shown on paper, that it is not reproduced and why.
import type { PDFDocument, PDFPage } from '@cantoo/pdf-lib';
import { formatPartialDate } from '../../shared/format/dates.js';
import { formatFileSize } from '../../shared/format/file-size.js';
import { dossierText } from './dossier-text.js';
import type { DossierFonts } from './fonts.js';
import { exhibitName, fingerprint, languageName, pageRange, type ComposeContext, type PlannedExhibit } from './front-matter.js';
import { reasonWords } from './reason-words.js';
import { certificateText } from './certificate-text.js';
import { translationsOf } from './certificates.js';
import { recognitionNote, reproductionNotes } from './reproduction-notes.js';
import { PageFlow, colors, contentWidth, margins, pageSize, type Inline } from './page-flow.js';

/** Longest description or relevance note shown, so a separator always stays one page. */
const maxNoteLength = 700;

export function composeSeparator(doc: PDFDocument, fonts: DossierFonts, context: ComposeContext, exhibit: PlannedExhibit): PDFPage {
  const t = dossierText[context.language];
  const { item, content } = exhibit;
  const flow = new PageFlow(doc, fonts);
  const page = flow.newPage();
  const name = exhibitName(context, exhibit);
  page.drawRectangle({ x: margins.left, y: pageSize.height - 250, width: 5, height: 120, color: colors.accent });
  fonts.draw(page, name, { x: margins.left + 20, y: pageSize.height - 180, size: 34, weight: 'bold', color: colors.accent });
  flow.gap(210);
  flow.paragraph([{ text: item.title, weight: 'bold' }], { size: 15, indent: 20 });
  flow.gap(30);
  const rows: [string, Inline][] = [];
  if (item.date) rows.push([t.separator.date, formatPartialDate(item.date, context.language)]);
  rows.push([t.separator.kind, t.evidenceKinds[item.kind]]);
  if (item.source) rows.push([t.separator.source, item.source]);
  if (item.language) rows.push([t.separator.language, languageName(item.language, context.language)]);
  if (exhibit.translationOf) {
    rows.push([t.separator.translationOf, [{ text: exhibitName(context, exhibit.translationOf), dest: exhibit.translationOf.dest }]]);
  }
  // An original names its translations, so a reader of either finds the other.
  const translations = translationsOf(context, exhibit);
  if (translations.length > 0) {
    const links = translations.flatMap((translation, index) => [...(index > 0 ? [{ text: ', ' }] : []), { text: exhibitName(context, translation), dest: translation.dest }]);
    rows.push([certificateText[context.language].translatedAs, links]);
  }
  rows.push([t.separator.file, `${item.originalName} (${formatFileSize(item.size, context.language)})`]);
  rows.push([t.separator.sha256, fingerprint(item.sha256, 9)]);
  if (content.kind !== 'not_reproduced') {
    rows.push([t.separator.pageRange, pageRange(exhibit.firstPage + 1, exhibit.firstPage + exhibit.contentPages)]);
  }
  if (item.description) rows.push(['', clip(item.description)]);
  if (item.relevance) rows.push(['', clip(item.relevance)]);
  flow.fields(rows, 0.3);
  const notes = reproductionNotes(context.language, exhibit.reproduction);
  const recognised = recognitionNote(context.language, exhibit.reproduction, exhibit.contentPages);
  if (recognised) notes.push(recognised);
  notes.push(...(exhibit.filingNotes ?? []));
  if (notes.length > 0) {
    flow.gap(12);
    for (const note of notes) flow.paragraph(note, { indent: 12, size: 9.5 });
  }
  if (content.kind === 'not_reproduced') {
    flow.gap(16);
    const top = flow.position().top;
    flow.paragraph([{ text: t.separator.notIncluded, weight: 'bold', color: colors.warning }], { size: 12, indent: 12 });
    flow.paragraph(`${capitalise(reasonWords(context.language, content))}.`, { indent: 12 });
    flow.paragraph(t.separator.notIncludedNote, { indent: 12, size: 9.5 });
    const bottom = flow.position().top;
    page.drawRectangle({ x: margins.left, y: bottom, width: contentWidth, height: top - bottom + 6, borderColor: colors.warning, borderWidth: 1 });
  }
  if (flow.pages.length !== 1) throw new Error(`the separator of ${name} did not fit on one page`);
  return page;
}

function clip(text: string): string {
  return text.length > maxNoteLength ? `${text.slice(0, maxNoteLength).trimEnd()}…` : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
