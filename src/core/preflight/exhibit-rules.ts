// Rules about the exhibits the export would include: their translations, what the index prints
// of them (date, title, kind), whether the dossier reproduces them and carries their text, and
// whether a confidential one or, for an urgent request, no key one is among them.
import type { EvidenceItem } from '../../shared/models.js';
import type { PreflightFinding } from '../../shared/preflight.js';
import type { PreflightInput, PreflightRule } from './preflight-rule.js';

function included(input: PreflightInput): EvidenceItem[] {
  const byId = new Map(input.detail.evidence.map((item) => [item.id, item]));
  return input.includedEvidenceIds.map((id) => byId.get(id)).filter((item): item is EvidenceItem => item !== undefined);
}

/** "ru-RU" and "ru" are one language for a reader of the dossier. */
function sameLanguage(a: string, b: string): boolean {
  return a.split('-')[0]!.toLowerCase() === b.split('-')[0]!.toLowerCase();
}

function exhibitFinding(item: EvidenceItem, code: string, severity: PreflightFinding['severity'], values?: PreflightFinding['values'], field?: string): PreflightFinding {
  return {
    code,
    severity,
    place: { view: 'evidence', id: item.id, ...(field ? { field } : {}) },
    subject: item.title,
    ...(values ? { values } : {}),
  };
}

/** An exhibit in another language than the dossier's, with no translation into it among those included. */
export const missingTranslations: PreflightRule = (input) => {
  if (!input.template.filing.translationsRequired) return [];
  const items = included(input);
  const findings: PreflightFinding[] = [];
  for (const item of items) {
    // A translation is read in the language it was made into; its own original is checked instead.
    if (item.translationOfId !== undefined || item.language === undefined || sameLanguage(item.language, input.language)) continue;
    const translated = items.some(
      (other) =>
        other.translationOfId === item.id &&
        [other.translation?.targetLanguage, other.language].some((language) => language !== undefined && sameLanguage(language, input.language)),
    );
    if (!translated) findings.push(exhibitFinding(item, 'translation.missing', 'block', { language: item.language, into: input.language }));
  }
  return findings;
};

/** What the index prints of an exhibit: a date, a title of its own (not the file's name) and a kind. */
export const exhibitDescriptions: PreflightRule = (input) =>
  included(input).flatMap((item) => {
    const findings: PreflightFinding[] = [];
    if (item.date === undefined) findings.push(exhibitFinding(item, 'exhibit.no-date', 'warn', undefined, 'date'));
    if (item.title.trim() === '' || item.title === item.originalName) findings.push(exhibitFinding(item, 'exhibit.no-title', 'warn', undefined, 'title'));
    if (item.kind === 'other') findings.push(exhibitFinding(item, 'exhibit.no-kind', 'warn', undefined, 'kind'));
    return findings;
  });

/**
 * Exhibits the dossier will show only as a separator page, or with some pages it cannot draw,
 * as the stored inspections (or the plan's reading) found them.
 */
export const reproduction: PreflightRule = (input) =>
  included(input).flatMap((item) => {
    const inspection = input.exhibits?.[item.id]?.inspection;
    if (inspection?.kind === 'not_reproduced') return [exhibitFinding(item, 'exhibit.not-reproduced', 'warn', { reason: inspection.reason })];
    if (inspection?.kind === 'pages' && inspection.undrawablePages && inspection.undrawablePages.length > 0) {
      return [exhibitFinding(item, 'exhibit.partly-reproduced', 'warn', { pages: inspection.undrawablePages.length, of: inspection.pageCount })];
    }
    return [];
  });

/** For a forum that wants searchable PDFs: a scan or photo with no text of its own and none read by OCR. */
export const searchability: PreflightRule = (input) => {
  if (!input.template.filing.searchable) return [];
  return included(input).flatMap((item) => {
    const state = input.exhibits?.[item.id];
    const kind = state?.inspection?.kind;
    // A text file is typeset (its words are the page's); a file shown as a separator is another finding.
    if (!state || kind === 'text' || kind === 'not_reproduced') return [];
    if (state.text === 'unread') return [exhibitFinding(item, 'exhibit.text-not-read', 'warn')];
    if (state.text === 'none') return [exhibitFinding(item, 'exhibit.no-text', 'warn')];
    return [];
  });
};

/** A confidential item is included only when the user chose it: said once more before it is sent. */
export const confidentialIncluded: PreflightRule = (input) =>
  included(input)
    .filter((item) => item.confidential)
    .map((item) => exhibitFinding(item, 'exhibit.confidential', 'warn', undefined, 'confidential'));

/** An urgent request carries only the exhibits marked key: none marked, nothing to annex. */
export const keyExhibits: PreflightRule = (input) => {
  if (!input.template.filing.keyExhibitsOnly) return [];
  if (input.detail.evidence.some((item) => item.key)) return [];
  return [{ code: 'exhibit.no-key', severity: 'block', place: { view: 'evidence', field: 'key' } }];
};

export const exhibitRules: readonly PreflightRule[] = [missingTranslations, exhibitDescriptions, reproduction, searchability, confidentialIncluded, keyExhibits];
