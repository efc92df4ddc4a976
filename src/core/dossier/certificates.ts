// The certificates a forum wants beside translated and interpreted texts (issue 15): a
// certificate of translation on its own page behind each translation's pages, in the form the
// template's filing rules name (filing.certificateForm), and a certificate of interpretation
// after the personal statement when it was read back to the applicant by an interpreter.
// A translator the vault does not hold leaves blank lines to complete by hand: the pre-flight
// blocks such an export (translation-rules.ts), but an overridden one must still be signable.
import type { Translator } from '../../shared/models.js';
import { formatPartialDate } from '../../shared/format/dates.js';
import { certificateText, type CertificateText, type TranslationFacts } from './certificate-text.js';
import { exhibitName, languageName, pageRange, type ComposeContext, type Landmark, type PlannedExhibit } from './front-matter.js';
import type { PageFlow } from './page-flow.js';
import type { CertificateForm } from './templates.js';

/** A translation exhibit: one the vault links to its original (the original may be left out of the dossier). */
export function isTranslation(exhibit: PlannedExhibit): boolean {
  return exhibit.item.translationOfId !== undefined;
}

/** The translations of an original that the dossier holds, in dossier order. */
export function translationsOf(context: ComposeContext, original: PlannedExhibit): PlannedExhibit[] {
  return context.exhibits.filter((exhibit) => exhibit !== original && exhibit.item.translationOfId === original.item.id);
}

function translatorOf(context: ComposeContext, id: string | undefined): Translator | undefined {
  return id === undefined ? undefined : context.translators?.find((translator) => translator.id === id);
}

/** The destination of a translation's certificate, for the contents and the outline. */
export function certificateDest(exhibit: PlannedExhibit): string {
  return `${exhibit.dest}-certificate`;
}

/**
 * The certificate of translation behind `exhibit`'s pages, on a page of its own (the caller
 * counts its pages into the exhibit's). Returns where it starts.
 */
export function composeTranslationCertificate(flow: PageFlow, context: ComposeContext, exhibit: PlannedExhibit): Landmark {
  const c = certificateText[context.language];
  const form: CertificateForm = context.template.filing.certificateForm;
  const details = exhibit.item.translation;
  const translator = translatorOf(context, details?.translatorId);
  const original = exhibit.translationOf;
  const facts: TranslationFacts = {
    translator: translator?.name ?? c.blank,
    translation: exhibitName(context, exhibit),
    original: original ? exhibitName(context, original) : undefined,
    title: exhibit.item.title,
    from: details?.sourceLanguage ? languageName(details.sourceLanguage, context.language) : original?.item.language ? languageName(original.item.language, context.language) : c.blank,
    into: details?.targetLanguage ? languageName(details.targetLanguage, context.language) : exhibit.item.language ? languageName(exhibit.item.language, context.language) : c.blank,
    qualifications: translator?.qualifications,
    certifiedBy: translator?.certifiedBy,
  };
  const heading = form === 'uk' ? c.translatorStatementHeading : c.translationHeading;
  flow.atPlace(`${heading} — ${facts.translation}`);
  flow.newPage();
  const at = flow.heading(heading, 1);
  flow.paragraph(c[form](facts));
  if (details?.excerpt) flow.paragraph(c.excerpt(pageRange(details.excerpt.from, details.excerpt.to)));
  flow.gap(10);
  flow.fields(identityRows(c, form, translator));
  signatureLines(flow, c);
  return { dest: certificateDest(exhibit), title: c.contentsEntry(facts.translation), page: at.page, top: at.top, level: 2 };
}

/** Who the translator is, as much as the form asks for; a blank line where the vault holds nothing. */
function identityRows(c: CertificateText, form: CertificateForm, translator: Translator | undefined): [string, string][] {
  const value = (text: string | undefined) => (text && text.trim() !== '' ? text : c.blank);
  const rows: [string, string][] = [[c.name, value(translator?.name)]];
  if (form === 'uk') {
    rows.push([c.qualifications, value(translator?.qualifications)], [c.certifiedBy, value(translator?.certifiedBy)]);
  }
  rows.push([c.address, value(translator?.address)], [c.phone, value(translator?.phone)]);
  if (translator?.email) rows.push([c.email, translator.email]);
  return rows;
}

function signatureLines(flow: PageFlow, c: CertificateText, date?: string): void {
  flow.gap(24);
  flow.fields([
    [c.signature, c.blank],
    [c.date, date ?? c.blank],
  ]);
}

/**
 * After the personal statement, when it was read back to the applicant: who interpreted, in
 * which language, and that the applicant confirmed it. Nothing when no interpretation is recorded.
 */
export function composeInterpretationCertificate(flow: PageFlow, context: ComposeContext): void {
  const interpretation = context.detail.persecution?.statementInterpretation;
  if (!interpretation) return;
  const c = certificateText[context.language];
  const interpreter = translatorOf(context, interpretation.interpreterId);
  const date = interpretation.date ? formatPartialDate(interpretation.date, context.language) : undefined;
  flow.atPlace(c.interpretationHeading);
  flow.gap(12);
  flow.heading(c.interpretationHeading, 2);
  flow.paragraph(
    c.interpretation({
      interpreter: interpreter?.name ?? c.blank,
      applicant: context.detail.client.fullName,
      language: languageName(interpretation.language, context.language),
      statementLanguage: languageName(context.language, context.language),
      date,
    }),
  );
  flow.fields(identityRows(c, 'eoir', interpreter));
  signatureLines(flow, c, date);
}
