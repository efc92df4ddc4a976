// Translations and interpretation the forum would refuse (issue 15): a certificate of
// translation (certificates.ts) must name a translator the vault holds, with what the
// template's certificate form asks of them; an interpreted statement must name its interpreter.
// Codes:
//   translation.no-translator       block  a translation names no translator
//   translation.unknown-translator  block  it names one the vault does not hold
//   translation.translator-incomplete block the translator lacks a field the form prints
//                                          (address and phone for 'eoir', qualifications for 'uk'),
//                                          once per translator and field, however many translations
//   translation.no-languages        warn   source or target language unknown: the certificate leaves a blank
//   translation.not-translator      warn   the record is an interpreter only
//   interpretation.no-interpreter   block  the statement's interpreter is not a record of the vault
//   interpretation.not-interpreter  warn   the record is a translator only
import type { EvidenceItem, Translator } from '../../shared/models.js';
import type { PreflightFinding } from '../../shared/preflight.js';
import type { CertificateForm } from '../dossier/templates.js';
import type { PreflightRule } from './preflight-rule.js';

/** What each certificate form prints of the translator, beyond the name. */
const requiredOfTranslator: Record<CertificateForm, readonly ('address' | 'phone' | 'qualifications')[]> = {
  eoir: ['address', 'phone'],
  uk: ['qualifications'],
  generic: [],
};

function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

export const translationRules: PreflightRule = ({ detail, template, translators, includedEvidenceIds }) => {
  const findings: PreflightFinding[] = [];
  const byId = new Map(translators.map((translator) => [translator.id, translator]));
  const items = new Map(detail.evidence.map((item) => [item.id, item]));
  const incomplete = new Set<string>();
  for (const id of includedEvidenceIds) {
    const item = items.get(id);
    if (!item || item.translationOfId === undefined) continue;
    findings.push(...translationFindings(item, items.get(item.translationOfId), byId, template.filing.certificateForm, incomplete));
  }
  const interpretation = detail.persecution?.statementInterpretation;
  if (interpretation) {
    const interpreter = byId.get(interpretation.interpreterId);
    const place = { view: 'persecution', field: 'statementInterpretation.interpreterId' } as const;
    if (!interpreter) findings.push({ code: 'interpretation.no-interpreter', severity: 'block', place });
    else if (!interpreter.roles.includes('interpreter')) {
      findings.push({ code: 'interpretation.not-interpreter', severity: 'warn', place, subject: interpreter.name });
    }
  }
  return findings;
};

function translationFindings(
  item: EvidenceItem,
  original: EvidenceItem | undefined,
  translators: ReadonlyMap<string, Translator>,
  form: CertificateForm,
  incomplete: Set<string>,
): PreflightFinding[] {
  const findings: PreflightFinding[] = [];
  const details = item.translation;
  const at = (field: string) => ({ view: 'evidence', id: item.id, field }) as const;
  if (details?.translatorId === undefined) {
    findings.push({ code: 'translation.no-translator', severity: 'block', place: at('translation.translatorId'), subject: item.title });
  } else {
    const translator = translators.get(details.translatorId);
    if (!translator) {
      findings.push({ code: 'translation.unknown-translator', severity: 'block', place: at('translation.translatorId'), subject: item.title });
    } else {
      if (!translator.roles.includes('translator')) {
        findings.push({ code: 'translation.not-translator', severity: 'warn', place: at('translation.translatorId'), subject: item.title, values: { translator: translator.name } });
      }
      for (const field of requiredOfTranslator[form]) {
        const key = `${translator.id}:${field}`;
        if (!blank(translator[field]) || incomplete.has(key)) continue;
        incomplete.add(key);
        findings.push({
          code: 'translation.translator-incomplete',
          severity: 'block',
          place: { view: 'translators', id: translator.id, field },
          subject: translator.name,
          values: { field, form },
        });
      }
    }
  }
  // The certificate names both languages; the items' own languages stand in for the details'.
  const from = details?.sourceLanguage ?? original?.language;
  const into = details?.targetLanguage ?? item.language;
  if (from === undefined || into === undefined) {
    findings.push({ code: 'translation.no-languages', severity: 'warn', place: at(from === undefined ? 'translation.sourceLanguage' : 'translation.targetLanguage'), subject: item.title });
  }
  return findings;
}
