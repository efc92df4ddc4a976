// What the lawyer writes, in the dossier's other languages. A case's texts are typed in one
// language (the case's `textLanguage`); each translatable text may carry a version in each other
// dossier language, kept beside the original in the record's `versions`:
//   event.versions = { ru: { title: "Арест", description: "…" } }
// The export prints the version in the dossier's language, else the text as written (and the
// pre-flight warns of it: src/core/preflight/language-rules.ts).
import { z } from 'zod';
import { isLanguage, type Language } from './format/languages.js';
import type { CaseDetail } from './models.js';

/** An empty version is no version: the export falls back to the original. */
const versionText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** One version per dossier language; which one is the original is the case's `textLanguage`. */
function perLanguage<T extends z.ZodType>(version: T) {
  return z.object({ en: version.optional(), ru: version.optional(), fr: version.optional() }).optional();
}

export const eventVersionSchema = z.object({ title: versionText, description: versionText });
export const evidenceVersionSchema = z.object({ title: versionText, description: versionText, relevance: versionText });
export const persecutionVersionSchema = z.object({
  narrative: versionText,
  stateProtection: versionText,
  internalRelocation: versionText,
  remediesExhausted: versionText,
  otherProcedures: versionText,
  interimMeasures: versionText,
  /** Each ground's reasoning, by the ground's name ("political_opinion"). */
  groundReasoning: z.record(z.string(), versionText).optional(),
  /** The risks on return, in the order of the original list; an empty line has no version. */
  risks: z.array(z.string().trim()).optional(),
});

/** An element's argument (src/shared/legal-elements.ts). */
export const elementArgumentVersionSchema = z.object({ argument: versionText });

export const eventVersionsSchema = perLanguage(eventVersionSchema);
export const elementArgumentVersionsSchema = perLanguage(elementArgumentVersionSchema);
export const evidenceVersionsSchema = perLanguage(evidenceVersionSchema);
export const persecutionVersionsSchema = perLanguage(persecutionVersionSchema);

export type EventVersion = z.output<typeof eventVersionSchema>;
export type EvidenceVersion = z.output<typeof evidenceVersionSchema>;
export type PersecutionVersion = z.output<typeof persecutionVersionSchema>;
export type ElementArgumentVersion = z.output<typeof elementArgumentVersionSchema>;
export type Versions<V> = Partial<Record<Language, V>>;

/** The fields of each record that have versions, as the window and the pre-flight name them. */
export const versionedFields = {
  event: ['title', 'description'],
  evidence: ['title', 'description', 'relevance'],
  persecution: ['narrative', 'stateProtection', 'internalRelocation', 'remediesExhausted', 'otherProcedures', 'interimMeasures'],
  element: ['argument'],
} as const;

/** The texts a case's language is guessed from when it does not say. */
export interface TextLanguageHints {
  textLanguage?: Language | undefined;
  /** The case's submission languages. */
  languages?: readonly string[] | undefined;
  /** A sample of what was typed: titles, the statement. */
  samples?: readonly (string | undefined)[] | undefined;
}

/**
 * The language a case's texts are written in: the one it states; else Russian when most letters
 * typed are Cyrillic (a lawyer in Almaty types in Russian whatever the forum); else the first of
 * the case's submission languages that is a dossier language and fits the letters typed; else
 * English.
 */
export function textLanguageOf({ textLanguage, languages: caseLanguages = [], samples = [] }: TextLanguageHints): Language {
  if (textLanguage) return textLanguage;
  let cyrillic = 0;
  let latin = 0;
  for (const sample of samples) {
    for (const character of sample ?? '') {
      if (/\p{Script=Cyrillic}/u.test(character)) cyrillic += 1;
      else if (/\p{Script=Latin}/u.test(character)) latin += 1;
    }
  }
  if (cyrillic > latin) return 'ru';
  const stated = caseLanguages.map((tag) => tag.split('-')[0]!.toLowerCase()).filter(isLanguage);
  const fits = latin > 0 ? stated.filter((language) => language !== 'ru') : stated;
  return fits[0] ?? 'en';
}

/** The language a case's texts are typed in: the one it states, else guessed from what was typed. */
export function caseTextLanguage(detail: Pick<CaseDetail, 'case' | 'events' | 'evidence' | 'persecution'>): Language {
  return textLanguageOf({
    textLanguage: detail.case.textLanguage,
    languages: detail.case.languages,
    samples: [detail.persecution?.narrative, ...detail.events.map((event) => event.title), ...detail.evidence.map((item) => item.title)],
  });
}
