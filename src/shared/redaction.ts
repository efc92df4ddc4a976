// Redaction profiles: what one recipient's dossier leaves out. A case holds any number ("Full",
// "Embassy", "Host-country court"); an export names one. A profile holds
//   - regions: boxes the lawyer draws on exhibit pages, each with a reason code;
//   - terms: words removed wherever they occur (exhibits' text layers, OCR'd scans, form fields,
//     annotations, and everything Dossier typesets);
//   - withheld fields, exhibits and events: left out whole.
// The originals are never changed. One matching rule (findTermMatches) serves the typeset text,
// the exhibit pages and the verification after export, so what is removed is what is checked.
import { z } from 'zod';

/** Why a box hides what it hides; the recipient sees the code on the box and in the redaction log, never what was removed. */
export const redactionReasons = ['third_party', 'address', 'medical', 'source_protection', 'other'] as const;
export type RedactionReason = (typeof redactionReasons)[number];

/** The applicant's fields a profile can withhold whole (the applicant section, and any value of them wherever it is typeset). */
export const withholdableFields = ['family', 'contacts', 'currentLocation', 'documents', 'dateOfBirth', 'placeOfBirth', 'aliases', 'ethnicity', 'religion', 'notes'] as const;
export type WithholdableField = (typeof withholdableFields)[number];

const evidenceId = z.string().min(1).max(64);
const fraction = z.number().min(0).max(1);

/**
 * A box on one page of an exhibit, in fractions of the page as it is shown upright (after its
 * rotation or EXIF orientation), origin top left: independent of the resolution it is drawn or
 * rendered at.
 */
export const redactionRegionSchema = z
  .object({
    evidenceId,
    /** 1-based page of the exhibit (an image is page 1). */
    page: z.number().int().min(1).max(100_000),
    x: fraction,
    y: fraction,
    width: fraction.refine((value) => value > 0, 'must be wider than nothing'),
    height: fraction.refine((value) => value > 0, 'must be taller than nothing'),
    reason: z.enum(redactionReasons),
  })
  .refine((region) => region.x + region.width <= 1.0001 && region.y + region.height <= 1.0001, { message: 'the box must lie on the page' });
export type RedactionRegion = z.output<typeof redactionRegionSchema>;

/** A word or phrase removed wherever it occurs; matched without regard to case, accents' composition or spacing. */
export const redactionTermSchema = z.object({
  text: z.string().trim().min(2, 'a term must have at least 2 characters').max(200),
  reason: z.enum(redactionReasons).default('other'),
});
export type RedactionTerm = z.output<typeof redactionTermSchema>;

export const redactionProfileInputSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(80),
  terms: z.array(redactionTermSchema).max(500).default([]),
  regions: z.array(redactionRegionSchema).max(5000).default([]),
  withheldFields: z.array(z.enum(withholdableFields)).default([]),
  withheldEvidenceIds: z.array(evidenceId).max(5000).default([]),
  withheldEventIds: z.array(evidenceId).max(5000).default([]),
  /** Print the redaction log page (per exhibit and page: how many boxes, of which reason). */
  logPage: z.boolean().default(true),
});
export type RedactionProfileInput = z.input<typeof redactionProfileInputSchema>;
export type RedactionProfile = z.output<typeof redactionProfileInputSchema> & { id: string; caseId: string; createdAt: string; updatedAt: string };

/** A term the case suggests (a family member's name, an address, a document number, a phone number), with where it comes from. */
export interface RedactionSuggestion {
  text: string;
  reason: RedactionReason;
  /** Where in the case it was found: 'family', 'contacts', 'currentLocation', 'documents', 'events'. */
  source: string;
}

/**
 * The form a text is compared in: Unicode NFKC, lower case, every run of spaces, tabs and line
 * breaks as one space, "ё" as "е" (Russian is often typed without it). Soft hyphens, zero-width
 * spaces and joiners are dropped (a PDF's hyphenated line or a messenger's text carries them
 * inside a word). A letter and its combining marks (NFD, as macOS file names give them) are
 * normalised together. Each character of the result keeps where in the original the character
 * or cluster it came from starts and ends, so a match can be cut out of (or boxed on) the original.
 */
function comparable(text: string): { folded: string; start: number[]; end: number[] } {
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let lastWasSpace = false;
  // A base character with the combining marks that follow it, or one character.
  const clusters = /\P{M}\p{M}*|\p{M}+/gsu;
  for (const match of text.matchAll(clusters)) {
    const cluster = match[0];
    const from = match.index;
    const to = from + cluster.length;
    if (/^[\u00ad\u200b-\u200d\u2060\ufeff]$/u.test(cluster)) continue;
    if (/^\s$/u.test(cluster)) {
      if (!lastWasSpace && folded.length > 0) {
        folded += ' ';
        start.push(from);
        end.push(to);
      }
      lastWasSpace = true;
      continue;
    }
    const mapped = cluster.normalize('NFKC').toLowerCase().replace(/ё/gu, 'е');
    for (let i = 0; i < mapped.length; i += 1) {
      start.push(from);
      end.push(to);
    }
    folded += mapped;
    lastWasSpace = false;
  }
  return { folded, start, end };
}

/** The form a term is matched in (see comparable). */
export function foldTerm(term: string): string {
  return comparable(term.trim()).folded.trim();
}

export interface TermMatch {
  /** Index of the first character of the match in the original text, and of the character after it. */
  start: number;
  end: number;
  /** The term (as the profile holds it) that matched. */
  term: string;
}

/**
 * Every place one of `terms` occurs in `text`, in order, overlapping matches merged. A match is
 * found inside a longer word too ("Petrova" holds "Petrov"): redacting too much is safe, too
 * little is not.
 */
export function findTermMatches(text: string, terms: readonly string[]): TermMatch[] {
  if (terms.length === 0 || text.length === 0) return [];
  const { folded, start, end } = comparable(text);
  const found: TermMatch[] = [];
  for (const term of terms) {
    const needle = foldTerm(term);
    if (needle.length === 0) continue;
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      found.push({ start: start[at]!, end: end[at + needle.length - 1]!, term });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TermMatch[] = [];
  for (const match of found) {
    const last = merged[merged.length - 1];
    if (last && match.start < last.end) last.end = Math.max(last.end, match.end);
    else merged.push({ ...match });
  }
  return merged;
}

/** `text` with every match of `terms` replaced by `mark` (the typeset sections' way: the words are simply not there). */
export function replaceTerms(text: string, terms: readonly string[], mark: string): string {
  const matches = findTermMatches(text, terms);
  if (matches.length === 0) return text;
  let result = '';
  let from = 0;
  for (const match of matches) {
    result += text.slice(from, match.start) + mark;
    from = match.end;
  }
  return result + text.slice(from);
}
