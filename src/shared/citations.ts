// A citation to an exhibit's page, inside a text the lawyer writes (the statement, an element's
// argument, an event's description, the interim-measures request). It is stored in the text as a
// token that holds the evidence item's id and the cited pages, never its label or page number:
//   "…was beaten in the pit [[cite:0b7c…e1 p.2-3]] and…"
// as a note app links an attachment by its id inside the note's text. The export, the window and
// the pre-flight read the same tokens with parseCitedText, and print each in the place's own
// words ("(Annex 4, p. 2; dossier p. 312)"), so reordering exhibits, renumbering, splitting into
// parts or leaving exhibits out cannot make a citation wrong: only missing (a pre-flight block).
import { z } from 'zod';
import { languages } from './format/languages.js';
import type { CaseDetail } from './models.js';

export const citedPagesSchema = z
  .object({ from: z.number().int().positive(), to: z.number().int().positive() })
  .refine((range) => range.to >= range.from, { message: 'the last page must not come before the first', path: ['to'] });

export const citationSchema = z.object({
  evidenceId: z.string().min(1).max(64),
  /** The exhibit's own pages (1-based); absent: the exhibit as a whole. */
  pages: citedPagesSchema.optional(),
});
export type Citation = z.output<typeof citationSchema>;
export type CitedPages = z.output<typeof citedPagesSchema>;

/** A text cut into what is printed as typed and what is printed as a citation. */
export type CitedTextSegment = { text: string } | { citation: Citation; token: string };

// An evidence id (a UUID, or a CASE.json key before import: any script, no space or bracket)
// and optional pages "p.2" or "p.2-5".
const tokenPattern = /\[\[cite:([^\s[\]]{1,64})(?:\s+p\.(\d{1,6})(?:-(\d{1,6}))?)?\]\]/gu;
const tokenStart = '[[cite:';

/** How many "[[cite:" a text holds that do not read as a citation (a key with a space, pages written otherwise). */
export function unreadCitations(text: string | undefined): number {
  if (!text) return 0;
  return text.split(tokenStart).length - 1 - citationsIn(text).length;
}

/** "2" or "2-5", as a token, the picker's field and the pre-flight's words write pages; "" for a whole exhibit. */
export function pagesText(pages: CitedPages | undefined): string {
  if (!pages) return '';
  return pages.from === pages.to ? String(pages.from) : `${pages.from}-${pages.to}`;
}

export function citationToken(citation: Citation): string {
  const { evidenceId, pages } = citation;
  return pages ? `[[cite:${evidenceId} p.${pagesText(pages)}]]` : `[[cite:${evidenceId}]]`;
}

/** Cuts a text at its citation tokens; a token whose pages run backwards stays text. */
export function parseCitedText(text: string): CitedTextSegment[] {
  const segments: CitedTextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(tokenPattern)) {
    const from = match[2] === undefined ? undefined : Number(match[2]);
    const to = match[3] === undefined ? from : Number(match[3]);
    if (from !== undefined && to !== undefined && (from < 1 || to < from)) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    const pages = from !== undefined && to !== undefined ? { from, to } : undefined;
    segments.push({ citation: { evidenceId: match[1]!, ...(pages ? { pages } : {}) }, token: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

export function citationsIn(text: string | undefined): Citation[] {
  if (!text) return [];
  return parseCitedText(text).flatMap((segment) => ('citation' in segment ? [segment.citation] : []));
}

/** Rewrites every citation's evidence id (CASE.json keys to vault ids on import, and back on export). */
export function mapCitedIds(text: string, map: (evidenceId: string) => string | undefined): string {
  return parseCitedText(text)
    .map((segment) => {
      if ('text' in segment) return segment.text;
      const evidenceId = map(segment.citation.evidenceId);
      return evidenceId ? citationToken({ ...segment.citation, evidenceId }) : segment.token;
    })
    .join('');
}

/** Where a cited text lives, for the citation report and the pre-flight's link to fix it. */
export const citationPlaceSchema = z.object({
  record: z.enum(['persecution', 'element', 'event']),
  /** The event's id, or the element's key; absent for the profile. */
  recordId: z.string().optional(),
  /** The field: narrative, interimMeasures, argument, description. */
  field: z.string(),
  /** The version's language, when the citation is in a version rather than the text as typed. */
  language: z.enum(['en', 'ru', 'fr']).optional(),
});
export type CitationPlace = z.output<typeof citationPlaceSchema>;

/** Where the window edits a cited text: its record's view, the record, and the field (a version's as the views mark it: versions.LANG.FIELD). */
export function citationEditPlace(place: CitationPlace): { view: 'persecution' | 'timeline' | 'argument'; id?: string | undefined; field: string } {
  const field = place.language ? `versions.${place.language}.${place.field}` : place.field;
  if (place.record === 'persecution') return { view: 'persecution', field };
  if (place.record === 'event') return { view: 'timeline', id: place.recordId, field };
  return { view: 'argument', id: place.recordId, field };
}

export const citationProblems = ['evidence_missing', 'excluded', 'page_out_of_range'] as const;
export type CitationProblem = (typeof citationProblems)[number];

/** One row of the citation report: a citation, where it is, and where it points in this dossier. */
export const citationReportEntrySchema = z.object({
  place: citationPlaceSchema,
  citation: citationSchema,
  exhibitTitle: z.string().optional(),
  /** "Annex 4", "Exhibit C", as this dossier labels the exhibit. */
  exhibitLabel: z.string().optional(),
  /** The dossier's printed page the citation lands on (the cited page, else the exhibit's first). */
  dossierPage: z.number().int().positive().optional(),
  /** The part the page will be in, when the dossier is written in parts: the plan's estimate, before writing (the written parts' own links follow the parts as written). */
  part: z.number().int().positive().optional(),
  problem: z.enum(citationProblems).optional(),
  /** False when this dossier does not print the text (another language's version, a section the template leaves out): its citation cannot mislead, nor block. */
  printed: z.literal(false).optional(),
});
export type CitationReportEntry = z.output<typeof citationReportEntrySchema>;

/** Whether a report entry blocks the export: it cannot land, in a text this dossier prints (one never printed cannot mislead). */
export function citationBlocks(entry: CitationReportEntry): boolean {
  return entry.problem !== undefined && entry.printed !== false;
}

/** A text of the case that may cite an exhibit, and where it lives. */
export interface CitedText {
  place: CitationPlace;
  text: string | undefined;
}

/**
 * Every text of the case that may cite an exhibit, as typed and in each version: the statement,
 * the interim-measures request, each event's description, each element's argument.
 */
export function citedTexts(detail: Pick<CaseDetail, 'persecution' | 'events' | 'elementArguments'>): CitedText[] {
  const texts: CitedText[] = [];
  const profile = detail.persecution;
  if (profile) {
    for (const field of ['narrative', 'interimMeasures'] as const) {
      texts.push({ place: { record: 'persecution', field }, text: profile[field] });
      for (const language of languages) texts.push({ place: { record: 'persecution', field, language }, text: profile.versions?.[language]?.[field] });
    }
  }
  for (const event of detail.events) {
    texts.push({ place: { record: 'event', recordId: event.id, field: 'description' }, text: event.description });
    for (const language of languages) {
      texts.push({ place: { record: 'event', recordId: event.id, field: 'description', language }, text: event.versions?.[language]?.description });
    }
  }
  for (const argument of detail.elementArguments ?? []) {
    texts.push({ place: { record: 'element', recordId: argument.element, field: 'argument' }, text: argument.argument });
    for (const language of languages) {
      texts.push({ place: { record: 'element', recordId: argument.element, field: 'argument', language }, text: argument.versions?.[language]?.argument });
    }
  }
  return texts.filter((entry) => entry.text);
}
