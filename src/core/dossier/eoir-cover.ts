// The cover of a filing with a US immigration court, laid out as the EOIR Practice Manual shows
// it: counsel's block at the top left, the custody status at the top right, the court's name
// centred, the caption (the respondent's name on the left, the A-number on the right), the judge
// and next hearing when known, then the filing's title. A detail the vault does not hold is left
// as a line to fill in by hand, never guessed.
import type { PDFPage } from '@cantoo/pdf-lib';
import type { CaseDetail, TimelineEvent } from '../../shared/models.js';
import { formatDatedValue } from '../../shared/format/dates.js';
import { strokeLine } from './content-operators.js';
import type { FontWeight } from './fonts.js';
import type { DossierFonts } from './fonts.js';
import { counselDetails, type CounselDetails } from './counsel-details.js';
import { filingText, type FilingText } from './filing-text.js';
import type { ComposeContext } from './front-matter.js';
import { colors, contentWidth, margins, pageSize, type PageFlow } from './page-flow.js';

const blank = '______________________________';

/** Statuses in which the respondent is in custody; any other recorded status is non-detained. */
const custodyStatuses = new Set(['detained']);

interface TextBox {
  x: number;
  width: number;
  size: number;
  weight?: FontWeight;
  centred?: boolean;
}

/** Draws `text` wrapped in its box from baseline `y` down; returns the baseline after it. */
function drawWrapped(flow: PageFlow, fonts: DossierFonts, page: PDFPage, text: string, y: number, box: TextBox): number {
  const weight = box.weight ?? 'regular';
  for (const line of flow.wrap([{ text, weight }], box.width, box.size)) {
    const words = line.map((word) => word.text).join('').trim();
    const x = box.centred ? box.x + (box.width - fonts.widthOf(words, box.size, weight)) / 2 : box.x;
    fonts.draw(page, words, { x, y, size: box.size, weight, color: colors.text });
    y -= box.size * 1.35;
  }
  return y;
}

/**
 * Counsel's name, firm, address, phone and EOIR ID from baseline `y` down; returns the baseline
 * after it. Without a counsel record, three lines are left for the address, phone and EOIR ID; with
 * one, only what the record lacks among the address and the EOIR ID (the form asks for both).
 */
function composeCounselBlock(flow: PageFlow, fonts: DossierFonts, page: PDFPage, details: CounselDetails, words: FilingText, y: number, width: number): number {
  const line = (text: string, weight: FontWeight = 'regular') => {
    y = drawWrapped(flow, fonts, page, text, y, { x: margins.left, width, size: 10.5, weight });
  };
  const blankLines = (count: number) => {
    for (let index = 0; index < count; index += 1) {
      fonts.draw(page, blank, { x: margins.left, y, size: 10.5, color: colors.muted });
      y -= 15;
    }
  };
  line(details.name ?? blank, 'bold');
  if (!details.fromRecord) {
    fonts.draw(page, words.eoir.addressLine, { x: margins.left, y, size: 8.5, color: colors.muted });
    y -= 14;
    blankLines(3);
    return y;
  }
  if (details.firm) line(details.firm);
  if (details.address.length > 0) for (const address of details.address) line(address);
  else blankLines(2);
  // Phone and e-mail on lines of their own: the block is half the page wide.
  if (details.phone) line(`${words.counsel.phone} ${details.phone}`);
  if (details.email) line(`${words.counsel.email} ${details.email}`);
  line(`${words.counsel.eoirId} ${details.eoirId ?? blank}`);
  if (details.barNumber) line(`${words.counsel.barNumber} ${details.barNumber}`);
  return y;
}

/** The respondent's next hearing: the first court hearing on or after the day the filing is dated. */
export function nextHearing(detail: CaseDetail, today: string): TimelineEvent | undefined {
  return detail.events
    .filter((event) => event.type === 'court_hearing' && event.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
}

/** The judge of that hearing, when the lawyer named one among its actors. */
function judgeOf(hearing: TimelineEvent | undefined): string | undefined {
  return hearing?.actors.find((actor) => /judge|судья|juge/i.test(actor.role ?? ''))?.name;
}

export function composeEoirCover(flow: PageFlow, fonts: DossierFonts, context: ComposeContext): void {
  const t = filingText[context.language].eoir;
  const { client, case: record } = context.detail;
  const page = flow.newPage();
  const left = margins.left;
  const right = pageSize.width - margins.right;
  const half = contentWidth / 2;
  let y = pageSize.height - margins.top;

  // Counsel's block, top left.
  fonts.draw(page, t.counsel, { x: left, y, size: 8.5, color: colors.muted });
  y = composeCounselBlock(flow, fonts, page, counselDetails(context.detail), filingText[context.language], y - 14, half);

  // Custody, top right: only when the client's status says it.
  if (client.status) {
    const custody = custodyStatuses.has(client.status) ? t.detained : t.nonDetained;
    const width = fonts.widthOf(custody, 12, 'bold');
    fonts.draw(page, custody, { x: right - width, y: pageSize.height - margins.top, size: 12, weight: 'bold', color: colors.text });
  }

  // The court, centred.
  y -= 24;
  for (const line of t.court) y = drawWrapped(flow, fonts, page, line, y, { x: left, width: contentWidth, size: 11, weight: 'bold', centred: true });
  if (record.forum === 'us_immigration_court' && record.destination) {
    y = drawWrapped(flow, fonts, page, record.destination, y, { x: left, width: contentWidth, size: 11, centred: true });
  }

  // The caption: the matter on the left, the file number on the right, ruled as on the form.
  y -= 22;
  const captionTop = y + 14;
  let leftY = drawWrapped(flow, fonts, page, t.inTheMatterOf, y, { x: left, width: half - 12, size: 10.5 });
  leftY -= 6;
  leftY = drawWrapped(flow, fonts, page, client.fullName.toUpperCase(), leftY, { x: left, width: half - 12, size: 12, weight: 'bold' });
  if (client.fullNameNative) leftY = drawWrapped(flow, fonts, page, client.fullNameNative, leftY, { x: left, width: half - 12, size: 10.5 });
  leftY = drawWrapped(flow, fonts, page, t.respondent, leftY - 4, { x: left, width: half - 12, size: 10.5 });
  leftY = drawWrapped(flow, fonts, page, t.inRemovalProceedings, leftY - 8, { x: left, width: half - 12, size: 10.5 });
  const rightX = left + half + 12;
  let rightY = drawWrapped(flow, fonts, page, t.fileNumber, y, { x: rightX, width: half - 12, size: 10.5 });
  rightY = drawWrapped(flow, fonts, page, record.alienNumber ?? blank, rightY - 4, { x: rightX, width: half - 12, size: 12, weight: 'bold' });
  const captionBottom = Math.min(leftY, rightY) + 4;
  strokeLine(page, { x: left, y: captionTop }, { x: right, y: captionTop }, 0.8, colors.text);
  strokeLine(page, { x: left + half, y: captionTop }, { x: left + half, y: captionBottom }, 0.8, colors.text);
  strokeLine(page, { x: left, y: captionBottom }, { x: right, y: captionBottom }, 0.8, colors.text);
  y = captionBottom - 20;

  // The judge and the next hearing, when the timeline holds them.
  const hearing = nextHearing(context.detail, context.today);
  const judge = judgeOf(hearing);
  if (judge) y = drawWrapped(flow, fonts, page, `${t.judge} ${judge}`, y, { x: left, width: contentWidth, size: 10.5 });
  if (hearing) y = drawWrapped(flow, fonts, page, `${t.nextHearing} ${formatDatedValue(hearing, context.language)}`, y, { x: left, width: contentWidth, size: 10.5 });

  // The filing's title, centred in capitals as the court's filings are.
  y -= 40;
  drawWrapped(flow, fonts, page, context.template.title[context.language].toUpperCase(), y, { x: left + 20, width: contentWidth - 40, size: 14, weight: 'bold', centred: true });
}
