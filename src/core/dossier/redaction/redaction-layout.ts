// What the dossier's own pages say about a redaction: the manifest's block of redacted exhibits
// (the SHA-256 of their redacted page images beside the original's, and how to check it) and the
// redaction log page after the manifest. Both are laid out with the front matter, before any
// exhibit page is written, from the boxes pass one found; the hashes exist only once the pages
// are written, so the manifest keeps room for each and fillRedactedHashes draws them then.
import type { PDFPage } from '@cantoo/pdf-lib';
import { redactionReasons } from '../../../shared/redaction.js';
import type { DossierFonts } from '../fonts.js';
import { exhibitName, type ComposeContext, type Landmark, type PlannedExhibit } from '../front-matter.js';
import { colors, margins, type PageFlow } from '../page-flow.js';
import type { ExhibitBoxes } from './exhibit-boxes.js';
import type { PageBox } from './page-boxes.js';
import { redactionText } from './redaction-text.js';

/** A redacted export's state the front matter reads (ComposeContext.redaction). */
export interface RedactionLayout {
  profileName: string;
  logPage: boolean;
  /** The boxes pass one found, by exhibit; an exhibit without any is absent. */
  boxes: Map<PlannedExhibit, ExhibitBoxes>;
  /** Where each redacted exhibit's hash goes on the manifest, noted as it is laid out. */
  hashSlots: Map<PlannedExhibit, { page: PDFPage; top: number }>;
  /** Pages of the manifest before the log's first, once laid out (the contents need its page number). */
  logOffset?: number | undefined;
}

const hashSize = 7.5;
const hashLeading = hashSize * 1.35;

/** The dossier pages an exhibit's redacted pages print on, in order. */
export function redactedDossierPages(exhibit: PlannedExhibit, boxes: ExhibitBoxes): number[] {
  return [...boxes.keys()].sort((a, b) => a - b).map((page) => exhibit.firstPage + page);
}

/**
 * How a recipient checks the hash: the images of those pages, in order, through sha256sum. When
 * pages without boxes lie between them (they may hold images of their own), pdfimages names
 * each image by its page (-p: x-PAGE-N, the page in at least 3 digits) and only the redacted
 * pages' are taken.
 */
export function checkCommand(pages: readonly number[]): string {
  const first = pages[0]!;
  const last = pages[pages.length - 1]!;
  if (last - first + 1 === pages.length) return `pdfimages -all -f ${first} -l ${last} dossier.pdf x && cat x-* | sha256sum`;
  const globs = pages.map((page) => `x-${String(page).padStart(3, '0')}-*`).join(' ');
  return `pdfimages -all -p -f ${first} -l ${last} dossier.pdf x && cat ${globs} | sha256sum`;
}

/** The manifest's block of redacted exhibits, after its table; nothing when no exhibit has boxes. */
export function composeRedactedHashes(flow: PageFlow, context: ComposeContext): void {
  const layout = context.redaction;
  if (!layout || layout.boxes.size === 0) return;
  const t = redactionText[context.language];
  layout.hashSlots.clear();
  flow.heading(t.manifestHeading, 2);
  flow.paragraph(t.manifestIntro, { size: 9 });
  // Said in every redacted dossier, filed in parts or not, so the plan (which does not know) lays out the same pages.
  flow.paragraph(t.manifestInParts, { size: 9 });
  for (const exhibit of context.exhibits) {
    const boxes = layout.boxes.get(exhibit);
    if (!boxes) continue;
    const pages = redactedDossierPages(exhibit, boxes);
    flow.paragraph([{ text: t.manifestLine(exhibitName(context, exhibit), pages[0]!, pages[pages.length - 1]!), size: 9 }, { text: checkCommand(pages), weight: 'mono', size: 7.5 }], {
      size: 9,
      after: 2,
    });
    flow.paragraph([{ text: t.originalLine(exhibit.item.sha256), size: 8.5, color: colors.muted }], { size: 8.5, after: 2 });
    // Room for the hash, two lines of 32 digits, drawn once the pages are written.
    const at = flow.position(2 * hashLeading);
    layout.hashSlots.set(exhibit, at);
    flow.gap(2 * hashLeading + 6);
  }
}

/** Draws each redacted exhibit's hash in the room the manifest kept for it. */
export function fillRedactedHashes(fonts: DossierFonts, layout: RedactionLayout, hashes: Map<PlannedExhibit, string>): void {
  for (const [exhibit, { page, top }] of layout.hashSlots) {
    const hash = hashes.get(exhibit) ?? '—';
    const lines = hash.length === 64 ? [hash.slice(0, 32), hash.slice(32)] : [hash];
    lines.forEach((line, index) => {
      fonts.draw(page, line, { x: margins.left + 12, y: top - hashSize - index * hashLeading, size: hashSize, weight: 'mono', color: colors.text });
    });
  }
}

/** "2 × Third party, 1 × Address": a page's boxes by reason, in the reasons' order. */
export function boxCounts(context: ComposeContext, boxes: readonly PageBox[]): string {
  const t = redactionText[context.language];
  return redactionReasons
    .map((reason) => [reason, boxes.filter((box) => box.reason === reason).length] as const)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => t.count(count, t.reasons[reason]))
    .join(', ');
}

/** The redaction log, on its own page(s) after the manifest: per exhibit and page, how many boxes of which reason. */
export function composeRedactionLog(flow: PageFlow, context: ComposeContext): Landmark | undefined {
  const layout = context.redaction;
  if (!layout?.logPage) return undefined;
  const t = redactionText[context.language];
  flow.atPlace(t.logHeading);
  const first = flow.newPage();
  layout.logOffset = flow.pages.indexOf(first);
  const at = flow.heading(t.logHeading, 1);
  flow.paragraph(t.logIntro(layout.profileName));
  const rows = context.exhibits.flatMap((exhibit) =>
    [...(layout.boxes.get(exhibit) ?? new Map<number, PageBox[]>())]
      .sort(([a], [b]) => a - b)
      .map(([page, boxes]) => [exhibitName(context, exhibit), String(page), String(exhibit.firstPage + page), boxCounts(context, boxes)]),
  );
  if (rows.length === 0) flow.paragraph(t.logNone);
  else {
    flow.table(
      [
        { title: t.logColumns.exhibit, width: 0.25 },
        { title: t.logColumns.page, width: 0.13, align: 'right' },
        { title: t.logColumns.dossierPage, width: 0.17, align: 'right' },
        { title: t.logColumns.boxes, width: 0.45 },
      ],
      rows,
      { size: 9 },
    );
  }
  return { dest: 'redaction-log', title: t.logHeading, page: at.page, top: at.top, level: 1 };
}
