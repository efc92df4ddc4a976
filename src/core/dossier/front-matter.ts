// The dossier's own pages: cover, contents, the sections a template lists, and the closing
// manifest. Each composer writes into a PageFlow and reports where its sections start, so the
// contents, the bookmarks and the links can point at them.
import type { RedactionLayout } from './redaction/redaction-layout.js';
import type { PdfReproduction } from './pdf-exhibit-pages.js';
import type { PDFPage } from '@cantoo/pdf-lib';
import type { CaseDetail, DisputedEventChoice, TimelineEvent } from '../../shared/models.js';
import { countryName, languageName as nameOfLanguage } from '../../shared/place-names.js';
import { formatDatedValue, formatPartialDate } from '../../shared/format/dates.js';
import { formatFileSize } from '../../shared/format/file-size.js';
import { strokeLine } from './content-operators.js';
import { dossierText, type DossierLanguage, type DossierText } from './dossier-text.js';
import type { ExhibitContent } from './exhibit-pages.js';
import type { DossierFonts } from './fonts.js';
import { composeEoirCover } from './eoir-cover.js';
import { composeInterimMeasures } from './interim-measures.js';
import { composeUrgentCover } from './urgent-cover.js';
import { PageFlow, bodySize, colors, contentWidth, margins, pageSize, type Inline, type Span } from './page-flow.js';
import { sectionsOnTheirOwnPage, type DossierTemplate, type SectionId } from './templates.js';
import type { EvidenceItem, Translator } from '../../shared/models.js';
import { certificateText } from './certificate-text.js';
import { composeInterpretationCertificate, translationsOf } from './certificates.js';
import { composeArgument, composeFactsByElement, replacedProfileTexts } from './argument-section.js';
import { citedSpans } from './cited-text.js';

export interface PlannedExhibit {
  label: string;
  /** Named destination of its separator page. */
  dest: string;
  item: EvidenceItem & { blobId: string };
  content: ExhibitContent;
  /** Pages after the separator. */
  contentPages: number;
  /** Page number of the separator in the whole dossier. */
  firstPage: number;
  translationOf?: PlannedExhibit | undefined;
  /** The user's password for a protected PDF, used only to reproduce its pages. */
  password?: string | undefined;
  /** How its pages were reproduced when not simply copied or placed (set by the export, before its separator is drawn). */
  reproduction?: PdfReproduction | undefined;
  /** Pages of the certificate of translation behind a translation's own pages (certificates.ts). */
  certificatePages?: number | undefined;
  /** What the filing changed (a photo reduced, pages split between parts), printed on its separator. */
  filingNotes?: string[] | undefined;
}

export interface ComposeContext {
  detail: CaseDetail;
  template: DossierTemplate;
  language: DossierLanguage;
  exhibits: PlannedExhibit[];
  /** The day the dossier is dated, YYYY-MM-DD. */
  today: string;
  /** How the chronology prints disputed events: the export's choice, else the template's default. */
  disputedEvents: DisputedEventChoice;
  /** The translators and interpreters the case's translations and statement name (their certificates print them). */
  translators?: readonly Translator[] | undefined;
  /** The printed pages citations land on, noted as they are printed: each gets a named destination (cited-text.ts). */
  citedPages?: Set<number> | undefined;
  /** Print the table of facts by element after the argument (an export option). */
  factsByElement?: boolean | undefined;
  /** A redacted export's boxes and the manifest's room for their hashes (redaction/redaction-layout.ts). */
  redaction?: RedactionLayout | undefined;
}

export interface Landmark {
  dest: string;
  title: string;
  page: PDFPage;
  top: number;
  level: 1 | 2;
}

function sectionHeading(context: ComposeContext, section: SectionId): string {
  return context.template.headings?.[section]?.[context.language] ?? dossierText[context.language].sections[section];
}

export function exhibitName(context: ComposeContext, exhibit: PlannedExhibit): string {
  const word = context.template.exhibitWord?.[context.language] ?? dossierText[context.language].exhibitWord;
  return `${word} ${exhibit.label}`;
}

export function languageName(code: string | undefined, language: DossierLanguage): string {
  if (!code) return '—';
  return nameOfLanguage(code, language);
}

export function pageRange(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}

export function composeCover(flow: PageFlow, fonts: DossierFonts, context: ComposeContext): void {
  if (context.template.cover === 'eoir') return composeEoirCover(flow, fonts, context);
  if (context.template.cover === 'urgent') return composeUrgentCover(flow, fonts, context);
  const t = dossierText[context.language];
  const { client, case: record } = context.detail;
  const page = flow.newPage();
  const left = margins.left;
  let y = pageSize.height - 70;
  y = flow.drawWrapped(page, t.confidential, { x: left, y, size: 8.5, leading: 12, weight: 'bold', color: colors.warning });
  strokeLine(page, { x: left, y: y + 2 }, { x: pageSize.width - margins.right, y: y + 2 }, 1, colors.warning);
  y -= 90;
  y = flow.drawWrapped(page, context.template.title[context.language], { x: left, y, size: 17, leading: 24, weight: 'bold', color: colors.accent });
  y -= 40;
  fonts.draw(page, t.client.toUpperCase(), { x: left, y, size: 9, color: colors.muted });
  y -= 30;
  fonts.draw(page, flow.truncate(client.fullName, 24, 'bold', contentWidth), { x: left, y, size: 24, weight: 'bold', color: colors.text });
  if (client.fullNameNative) {
    y -= 28;
    fonts.draw(page, flow.truncate(client.fullNameNative, 19, 'regular', contentWidth), { x: left, y, size: 19, color: colors.text });
  }
  const rows: [string, string][] = [[t.forum, t.forums[record.forum]]];
  if (record.stateParty) rows.push([t.stateParty, countryName(record.stateParty, context.language)]);
  if (record.destination) rows.push([t.destinations[record.forum], countryName(record.destination, context.language)]);
  if (record.reference) rows.push([t.reference, record.reference]);
  for (const other of record.otherReferences) rows.push([other.label, other.value]);
  rows.push([t.preparedOn, formatPartialDate(context.today, context.language)]);
  if (record.responsibleLawyer) rows.push([t.counsel, record.responsibleLawyer]);
  y -= 70;
  // A label the lawyer wrote ("Extradition order (Prosecutor General of Kazakhstan)") can be
  // longer than its column, and a value longer than the rest of the line: both wrap, each in its
  // column, and rows that do not fit above the footer go on to a second cover page.
  flow.continueAt(y + bodySize);
  flow.fields(rows);
}

export interface ContentsEntry {
  title: string;
  page: number;
  dest: string;
  level: 1 | 2;
}

export function composeContents(flow: PageFlow, context: ComposeContext, entries: ContentsEntry[]): Landmark {
  const title = dossierText[context.language].contents;
  flow.atPlace(title);
  flow.newPage();
  const at = flow.heading(title, 1);
  for (const entry of entries) {
    flow.contentsLine(entry.title, entry.page, entry.dest, entry.level === 1 ? 0 : 16, entry.level === 1 ? 'bold' : 'regular');
  }
  return { dest: 'contents', title, page: at.page, top: at.top, level: 1 };
}

/** Lays out the template's sections in order; returns where each begins. */
export function composeSections(flow: PageFlow, context: ComposeContext): Landmark[] {
  const landmarks: Landmark[] = [];
  for (const section of context.template.sections) {
    const title = sectionHeading(context, section);
    flow.atPlace(title);
    if (landmarks.length === 0 || sectionsOnTheirOwnPage.has(section)) flow.newPage();
    const at = flow.heading(title, 1);
    landmarks.push({ dest: `section-${section}`, title, page: at.page, top: at.top, level: 1 });
    sectionComposers[section](flow, context);
  }
  return landmarks;
}

const sectionComposers: Record<SectionId, (flow: PageFlow, context: ComposeContext) => void> = {
  applicant: composeApplicant,
  statement: composeStatement,
  chronology: composeChronology,
  persecution: composePersecution,
  rights(flow, context) {
    const t = dossierText[context.language];
    // A communication names the State it is brought against before the articles it invokes.
    const stateParty = context.detail.case.stateParty;
    if (stateParty) flow.fields([[t.stateParty, countryName(stateParty, context.language)]]);
    const legalBasis = context.detail.persecution?.legalBasis ?? [];
    if (legalBasis.length === 0) flow.paragraph(t.nothingRecorded);
    else flow.bullets(legalBasis);
  },
  otherProcedures(flow, context) {
    const t = dossierText[context.language];
    flow.paragraph(context.detail.persecution?.otherProcedures ?? t.nothingRecorded);
  },
  authorisation: composeAuthorisation,
  remedies(flow, context) {
    const t = dossierText[context.language];
    const remedies = context.detail.persecution?.remediesExhausted;
    if (remedies) flow.paragraph(remedies);
    const steps = context.detail.events.filter((event) => remedyEventTypes.has(event.type));
    if (steps.length > 0) flow.bullets(steps.map((event) => eventLine(context, event, t)));
    if (!remedies && steps.length === 0) flow.paragraph(t.nothingRecorded);
  },
  interimMeasures: composeInterimMeasures,
  exhibitIndex: composeExhibitIndex,
};

const remedyEventTypes = new Set<TimelineEvent['type']>(['court_hearing', 'decision', 'appeal', 'sentence', 'extradition_order', 'asylum_application']);

function eventLine(context: ComposeContext, event: TimelineEvent, t: DossierText): Span[] {
  return [
    { text: `${formatDatedValue(event, context.language)}: `, weight: 'bold' },
    { text: `${t.eventTypes[event.type]} — ${event.title}` },
    ...namedLinks(context, citedExhibits(context, event.evidenceIds), ' '),
  ];
}

/** The exhibits with these evidence ids, in dossier order. */
function citedExhibits(context: ComposeContext, evidenceIds: string[]): PlannedExhibit[] {
  return context.exhibits.filter((exhibit) => evidenceIds.includes(exhibit.item.id));
}

/** Comma-separated links, each to its exhibit's separator page. */
function linkList(exhibits: PlannedExhibit[], textOf: (exhibit: PlannedExhibit) => string): Span[] {
  return exhibits.flatMap((exhibit, index): Span[] => [...(index > 0 ? [{ text: ', ' }] : []), { text: textOf(exhibit), dest: exhibit.dest }]);
}

/** "(Annex 2, Annex 5)" as links after `lead`; nothing when there are none. The brackets go with the names, so a line never ends on "(". */
export function namedLinks(context: ComposeContext, exhibits: PlannedExhibit[], lead: string): Span[] {
  return exhibits.flatMap((exhibit, index): Span[] => [
    { text: index === 0 ? lead : ', ' },
    { text: `${index === 0 ? '(' : ''}${exhibitName(context, exhibit).replace(/ /g, '\u00a0')}${index === exhibits.length - 1 ? ')' : ''}`, dest: exhibit.dest },
  ]);
}

function composeApplicant(flow: PageFlow, context: ComposeContext): void {
  const t = dossierText[context.language];
  const client = context.detail.client;
  const rows: [string, Inline][] = [];
  const add = (label: string, value: string | undefined) => {
    if (value) rows.push([label, value]);
  };
  for (const field of context.template.applicantFields) {
    switch (field) {
      case 'fullName':
        add(t.fields.fullName, client.fullName);
        break;
      case 'fullNameNative':
        add(t.fields.fullNameNative, client.fullNameNative);
        break;
      case 'aliases':
        add(t.fields.aliases, client.aliases.join('; '));
        break;
      case 'dateOfBirth':
        add(t.fields.dateOfBirth, client.dateOfBirth && formatPartialDate(client.dateOfBirth, context.language));
        break;
      case 'placeOfBirth':
        add(t.fields.placeOfBirth, client.placeOfBirth);
        break;
      case 'citizenships':
        add(t.fields.citizenships, client.citizenships.map((value) => countryName(value, context.language)).join(', '));
        break;
      case 'ethnicity':
        add(t.fields.ethnicity, client.ethnicity);
        break;
      case 'religion':
        add(t.fields.religion, client.religion);
        break;
      case 'languages':
        add(t.fields.languages, client.languages.map((code) => languageName(code, context.language)).join(', '));
        break;
      case 'documents':
        add(
          t.fields.documents,
          client.documents
            .map((document) =>
              [
                [document.kind, document.number, document.issuingState && `(${countryName(document.issuingState, context.language)})`].filter(Boolean).join(' '),
                document.issued && `${t.fields.issued} ${formatPartialDate(document.issued, context.language)}`,
                document.expires && `${t.fields.expires} ${formatPartialDate(document.expires, context.language)}`,
              ]
                .filter(Boolean)
                .join(', '),
            )
            .join('\n'),
        );
        break;
      case 'currentLocation':
        add(t.fields.currentLocation, [client.currentLocation, client.currentCountry && countryName(client.currentCountry, context.language)].filter(Boolean).join(', '));
        break;
      case 'status':
        add(t.fields.status, client.status && t.clientStatuses[client.status]);
        break;
      case 'family':
        add(
          t.fields.family,
          client.family
            .map((member) => `${member.name}${member.nameNative ? ` (${member.nameNative})` : ''} — ${member.relation}${member.note ? `; ${member.note}` : ''}`)
            .join('\n'),
        );
        break;
    }
  }
  flow.fields(rows);
}

function composeStatement(flow: PageFlow, context: ComposeContext): void {
  const t = dossierText[context.language];
  const narrative = context.detail.persecution?.narrative;
  flow.paragraph(narrative ? citedSpans(context, narrative) : t.nothingRecorded);
  const statements = context.exhibits.filter((exhibit) => exhibit.item.kind === 'statement');
  if (statements.length > 0) {
    flow.paragraph([{ text: `${t.seeExhibits} ` }, ...linkList(statements, (exhibit) => exhibitName(context, exhibit).replace(/ /g, '\u00a0'))]);
  }
  composeInterpretationCertificate(flow, context);
}

function composeChronology(flow: PageFlow, context: ComposeContext): void {
  const t = dossierText[context.language];
  const events = context.detail.events.filter((event) => context.disputedEvents !== 'omit' || event.status !== 'disputed');
  if (events.length === 0) {
    flow.paragraph(t.nothingRecorded);
    return;
  }
  const rows = events.map((event): Inline[] => {
    const description: Span[] = [{ text: `${t.eventTypes[event.type]}: `, weight: 'bold' }, { text: event.title }];
    // The lawyer's own filing: a neutral word, not an alarm.
    if (event.status === 'disputed' && context.disputedEvents === 'mark') description.push({ text: ` (${t.chronology.disputed})`, color: colors.muted });
    if (event.description) description.push({ text: '\n' }, ...citedSpans(context, event.description));
    if (event.actors.length > 0) {
      const actors = event.actors.map((actor) => (actor.role ? `${actor.name} (${actor.role})` : actor.name)).join('; ');
      description.push({ text: `\n${t.chronology.actors}: ${actors}`, color: colors.muted });
    }
    const links = linkList(citedExhibits(context, event.evidenceIds), (exhibit) => exhibit.label);
    return [formatDatedValue(event, context.language), event.place ?? '', description, links];
  });
  flow.table(
    [
      { title: t.chronology.date, width: 0.2 },
      { title: t.chronology.place, width: 0.16 },
      { title: t.chronology.event, width: 0.52 },
      { title: t.chronology.exhibits, width: 0.12 },
    ],
    rows,
  );
}

function composePersecution(flow: PageFlow, context: ComposeContext): void {
  const t = dossierText[context.language];
  const words = t.persecution[context.template.persecutionFraming];
  const profile = context.detail.persecution;
  if (words.intro) flow.paragraph(words.intro);
  // The argument by element first: the legal test the forum applies, each element with its support.
  const argued = composeArgument(flow, context);
  if (!profile) {
    if (!argued) flow.paragraph(t.nothingRecorded);
    if (context.factsByElement) composeFactsByElement(flow, context);
    return;
  }
  const replaced = replacedProfileTexts(context);
  const part = (title: string, body: () => void, present: boolean) => {
    if (!present) return;
    flow.heading(title, 2);
    body();
  };
  part(
    words.grounds,
    () => flow.bullets(profile.grounds.map((entry) => [{ text: t.grounds[entry.ground], weight: 'bold' }, { text: entry.reasoning ? ` — ${entry.reasoning}` : '' }])),
    profile.grounds.length > 0,
  );
  part(words.agents, () => flow.bullets(profile.agents), profile.agents.length > 0);
  part(
    words.charges,
    () =>
      flow.bullets(
        profile.charges.map((charge) => [
          { text: `${[countryName(charge.state, context.language), charge.code].filter(Boolean).join(', ')}, ${charge.article}`, weight: 'bold' },
          { text: charge.text ? ` — ${charge.text}` : '' },
        ]),
      ),
    profile.charges.length > 0,
  );
  part(words.risks, () => flow.bullets(profile.risks), profile.risks.length > 0);
  part(words.stateProtection, () => flow.paragraph(profile.stateProtection ?? ''), Boolean(profile.stateProtection) && !replaced.has('stateProtection'));
  part(words.internalRelocation, () => flow.paragraph(profile.internalRelocation ?? ''), Boolean(profile.internalRelocation) && !replaced.has('internalRelocation'));
  part(
    words.countryInformation,
    () =>
      flow.bullets(
        profile.countryInformation.map((entry) =>
          [entry.title, entry.source, entry.date && formatPartialDate(entry.date, context.language), entry.url].filter(Boolean).join(' — '),
        ),
      ),
    profile.countryInformation.length > 0,
  );
  if (!context.template.sections.includes('rights')) {
    part(words.legalBasis, () => flow.bullets(profile.legalBasis), profile.legalBasis.length > 0);
  }
  if (context.factsByElement) composeFactsByElement(flow, context);
}

/**
 * The page the complainant and counsel sign: the complainant's authority for counsel to act, as
 * the Committee requires of a communication brought by a representative, and a block for each
 * signature. A name not recorded is left as a line to fill in by hand.
 */
function composeAuthorisation(flow: PageFlow, context: ComposeContext): void {
  const t = dossierText[context.language];
  const { client, case: record } = context.detail;
  const blank = '______________________________';
  flow.paragraph(t.authorisation.consent(client.fullName, record.responsibleLawyer ?? blank));
  const block = (role: string, name: string | undefined) => {
    flow.gap(24);
    flow.heading(role, 2);
    const rows: [string, string][] = [
      [t.authorisation.name, name ?? blank],
      [t.authorisation.placeAndDate, blank],
      [t.authorisation.signature, blank],
    ];
    // Room above each line for a hand to write on it.
    for (const row of rows) {
      flow.gap(12);
      flow.fields([row]);
    }
  };
  block(t.authorisation.complainant, client.fullName);
  block(t.authorisation.counsel, record.responsibleLawyer);
}

function composeExhibitIndex(flow: PageFlow, context: ComposeContext): void {
  const t = dossierText[context.language];
  if (context.exhibits.length === 0) {
    flow.paragraph(t.nothingRecorded);
    return;
  }
  const rows = context.exhibits.map((exhibit): Inline[] => {
    const { item } = exhibit;
    const title: Span[] = [{ text: item.title }];
    // Both titles: a translation names its original's, an original its translations'.
    if (exhibit.translationOf) title.push({ text: ` (${t.separator.translationOf.toLowerCase()} ${exhibit.translationOf.label}: ${exhibit.translationOf.item.title})`, color: colors.muted });
    for (const translation of translationsOf(context, exhibit)) {
      title.push({ text: `\n${certificateText[context.language].indexTranslation} ${translation.label}: ${translation.item.title}`, color: colors.muted });
    }
    // The language goes under the kind, as a name the reader knows ("Russian", not "ru").
    const kind: Span[] = [{ text: t.evidenceKinds[item.kind] }];
    if (item.language) kind.push({ text: `\n${languageName(item.language, context.language)}`, color: colors.muted });
    return [
      [{ text: exhibit.label, dest: exhibit.dest, weight: 'bold' }],
      title,
      item.date ? formatPartialDate(item.date, context.language) : '',
      kind,
      exhibit.content.kind === 'not_reproduced' ? [{ text: t.notRendered, color: colors.warning }] : pageRange(exhibit.firstPage, exhibit.firstPage + exhibit.contentPages + (exhibit.certificatePages ?? 0)),
      fingerprint(item.sha256, 6.5),
    ];
  });
  flow.table(
    [
      { title: t.exhibitIndex.label, width: 0.06 },
      { title: t.exhibitIndex.title, width: 0.31 },
      { title: t.exhibitIndex.date, width: 0.13 },
      { title: `${t.exhibitIndex.kind}\n${t.exhibitIndex.language}`, width: 0.14 },
      { title: t.exhibitIndex.pages, width: 0.09 },
      { title: t.exhibitIndex.sha256, width: 0.27 },
    ],
    rows,
    { size: 7.8 },
  );
}

/**
 * A SHA-256 fingerprint in the monospaced face, smaller than the text around it, as two lines
 * of 32 hex digits: equal halves that a reader can compare against sha256sum's output.
 */
export function fingerprint(sha256: string, size: number, color = colors.muted): Span[] {
  return [{ text: `${sha256.slice(0, 32)}\n${sha256.slice(32)}`, weight: 'mono', size, color }];
}

/** The closing manifest: every exhibit file with size and fingerprint, and how to check them. */
export function composeManifest(flow: PageFlow, context: ComposeContext): Landmark {
  const t = dossierText[context.language];
  flow.atPlace(t.manifest);
  flow.newPage();
  const at = flow.heading(t.manifest, 1);
  flow.paragraph(t.manifestIntro);
  flow.paragraph(t.manifestHowTo.join('\n'), { size: 9 });
  flow.table(
    [
      { title: t.manifestColumns.label, width: 0.07 },
      { title: t.manifestColumns.file, width: 0.37 },
      { title: t.manifestColumns.size, width: 0.11, align: 'right' },
      { title: t.manifestColumns.sha256, width: 0.31 },
      { title: t.manifestColumns.included, width: 0.14 },
    ],
    context.exhibits.map((exhibit) => [
      [{ text: exhibit.label, dest: exhibit.dest, weight: 'bold' }],
      exhibit.item.originalName,
      formatFileSize(exhibit.item.size, context.language),
      fingerprint(exhibit.item.sha256, 7, colors.text),
      exhibit.content.kind === 'not_reproduced' ? [{ text: t.no, color: colors.warning }] : t.yes,
    ]),
    { size: 7.8 },
  );
  return { dest: 'manifest', title: t.manifest, page: at.page, top: at.top, level: 1 };
}
