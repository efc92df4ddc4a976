// Texts the dossier would print in the language they were typed in, not the dossier's: a Russian
// filing with an English statement is one the official may not read. A warning, not a block: a
// text in the other language still says what happened.
import type { FindingPlace, PreflightFinding } from '../../shared/preflight.js';
import { textsInLanguage, type TextFallback } from '../dossier/text-versions.js';
import type { PreflightRule } from './preflight-rule.js';

const views: Record<TextFallback['entity'], FindingPlace['view']> = { event: 'timeline', evidence: 'evidence', persecution: 'persecution', element: 'argument' };

/** `text.no-version`: one warning per text of the dossier with no version in its language. */
export const languageVersionRules: PreflightRule = ({ detail, language, includedEvidenceIds }) => {
  const { written, fallbacks } = textsInLanguage(detail, language, includedEvidenceIds);
  return fallbacks.map((fallback): PreflightFinding => ({
    code: 'text.no-version',
    severity: 'warn',
    place: { view: views[fallback.entity], ...(fallback.entity === 'persecution' ? {} : { id: fallback.id }), field: `versions.${language}.${fallback.field}` },
    ...(fallback.subject === undefined ? {} : { subject: fallback.subject }),
    values: { field: fallback.field, language, written },
  }));
};
