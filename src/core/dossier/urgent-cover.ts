// The first page of an urgent request for interim measures: a reader who opens the fax must see
// at once that it is urgent, when and where the person will be removed and to where, what is
// asked, and why, before any annex. What the lawyer did not record is said to be not stated.
import { countryName } from '../../shared/place-names.js';
import { formatPartialDate } from '../../shared/format/dates.js';
import { strokeLine } from './content-operators.js';
import { citedSpans } from './cited-text.js';
import { contactLine, counselDetails } from './counsel-details.js';
import { dossierText } from './dossier-text.js';
import { filingText } from './filing-text.js';
import type { DossierFonts } from './fonts.js';
import type { ComposeContext } from './front-matter.js';
import { bodySize, colors, margins, pageSize, type PageFlow } from './page-flow.js';
import { removalRows } from './removal-fields.js';

export function composeUrgentCover(flow: PageFlow, fonts: DossierFonts, context: ComposeContext): void {
  const t = dossierText[context.language];
  const words = filingText[context.language].urgent;
  const counselWords = filingText[context.language].counsel;
  const { client, case: record, persecution } = context.detail;
  const page = flow.newPage();
  const left = margins.left;
  let y = pageSize.height - margins.top - 24;
  fonts.draw(page, words.banner, { x: left, y, size: 30, weight: 'bold', color: colors.warning });
  y -= 18;
  y = flow.drawWrapped(page, words.subtitle, { x: left, y, size: 11, leading: 15, weight: 'bold', color: colors.warning });
  strokeLine(page, { x: left, y: y + 4 }, { x: pageSize.width - margins.right, y: y + 4 }, 1.2, colors.warning);
  y -= 16;
  y = flow.drawWrapped(page, context.template.title[context.language], { x: left, y, size: 15, leading: 20, weight: 'bold', color: colors.accent });
  flow.continueAt(y);

  const rows: [string, string][] = [[t.client, [client.fullName, client.fullNameNative].filter(Boolean).join(' / ')], [t.forum, t.forums[record.forum]]];
  if (record.stateParty) rows.push([t.stateParty, countryName(record.stateParty, context.language)]);
  if (record.reference) rows.push([t.reference, record.reference]);
  const counsel = counselDetails(context.detail);
  if (counsel.name) rows.push([t.counsel, [counsel.name, counsel.firm].filter(Boolean).join(', ')]);
  const contact = [...counsel.address, contactLine(counsel, counselWords)].filter(Boolean).join('\n');
  if (contact) rows.push([counselWords.contact, contact]);
  rows.push([t.preparedOn, formatPartialDate(context.today, context.language)]);
  flow.fields(rows, 0.3, 9.5);

  flow.heading(words.removal, 2);
  const removal = removalRows(record.removal, context.language);
  if (removal.length === 0) flow.paragraph(words.notStated);
  else flow.fields(removal.map(([label, value]) => [label, [{ text: value, weight: 'bold' }]]), 0.3, bodySize);

  flow.heading(words.asked, 2);
  flow.paragraph(persecution?.interimMeasures ? citedSpans(context, persecution.interimMeasures) : words.notStated);

  flow.heading(words.risk, 2);
  const risks = persecution?.risks ?? [];
  if (risks.length > 0) flow.bullets(risks);
  if (persecution?.stateProtection) flow.paragraph(persecution.stateProtection);
  if (risks.length === 0 && !persecution?.stateProtection) flow.paragraph(words.notStated);
}
