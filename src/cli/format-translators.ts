// The terminal's view of translators and interpreters: `dossier translators VAULT`, and the
// lines `dossier show` prints under a translation (who translated it, from and into what) and
// under the profile (who read the statement back, in what language).
import type { MethodOutput } from '../shared/contract.js';
import type { EvidenceItem, PersecutionProfile } from '../shared/models.js';

type TranslatorRecord = MethodOutput<'translators.list'>[number];

export function formatTranslators(translators: readonly TranslatorRecord[]): string {
  if (translators.length === 0) return 'The vault holds no translators or interpreters yet. CASE.json can list them under "translators".';
  return translators
    .map((t) => {
      const lines = [`${t.name}  (${t.roles.join(', ')})  id ${t.id}`];
      if (t.languages.length) lines.push(`  languages ${t.languages.join(', ')}`);
      if (t.qualifications) lines.push(`  ${t.qualifications}${t.certifiedBy ? `, certified by ${t.certifiedBy}` : ''}`);
      const contact = [t.address, t.phone, t.email].filter(Boolean);
      if (contact.length) lines.push(`  ${contact.join('; ')}`);
      const uses = t.uses.translations.length + t.uses.statements.length;
      lines.push(uses === 0 ? '  named nowhere' : `  named by ${t.uses.translations.length} translation(s) and ${t.uses.statements.length} interpreted statement(s)`);
      return lines.join('\n');
    })
    .join('\n');
}

function nameOf(translators: readonly TranslatorRecord[], id: string | undefined): string {
  if (id === undefined) return 'NO TRANSLATOR';
  return translators.find((t) => t.id === id)?.name ?? `unknown translator ${id}`;
}

/** Under a translation: what it translates and who made it. Nothing for an item that translates nothing. */
export function translationLines(item: EvidenceItem, evidence: readonly EvidenceItem[], translators: readonly TranslatorRecord[], indent: string): string[] {
  if (item.translationOfId === undefined) return [];
  const original = evidence.find((other) => other.id === item.translationOfId);
  const details = item.translation;
  const languages = details?.sourceLanguage || details?.targetLanguage ? ` ${details.sourceLanguage ?? '?'} -> ${details.targetLanguage ?? '?'}` : '';
  const excerpt = details?.excerpt ? `, excerpt: pages ${details.excerpt.from}-${details.excerpt.to}` : '';
  return [`${indent}translation of "${original?.title ?? item.translationOfId}"${languages} by ${nameOf(translators, details?.translatorId)}${excerpt}`];
}

/** Under the profile: the statement's interpreter, when it was read back to the applicant. */
export function interpretationLines(profile: PersecutionProfile, translators: readonly TranslatorRecord[], indent: string): string[] {
  const interpretation = profile.statementInterpretation;
  if (!interpretation) return [];
  return [`${indent}statement read back in ${interpretation.language} by ${nameOf(translators, interpretation.interpreterId)}${interpretation.date ? ` on ${interpretation.date}` : ''}`];
}
