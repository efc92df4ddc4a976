// `dossier check`: the pre-flight's findings as lines a lawyer reads in a terminal, grouped by
// severity, each with what is wrong and where in the window to fix it. `--json` prints the
// report itself, whose codes are stable.
import type { FindingPlace, PreflightFinding, PreflightReport } from '../shared/preflight.js';

type Values = NonNullable<PreflightFinding['values']>;

const words: Record<string, (values: Values) => string> = {
  'field.state-party': () => 'the State party is not named',
  'field.remedies-exhausted': () => 'the domestic remedies exhausted are not stated',
  'field.removal-date': () => 'the date of the expected removal is missing',
  'field.removal-place': () => 'the place of the expected removal is missing',
  'field.removal-manner': () => 'how the removal is expected to happen is missing',
  'field.destination': () => 'the destination state is not named',
  'field.alien-number': () => 'the A-number is missing',
  'deadline.missed': (v) => `deadline missed (due ${v.due}${v.time ? ` ${v.time}` : ''})`,
  'deadline.soon': (v) => `deadline due within ${v.hours} hours (${v.due}${v.time ? ` ${v.time}` : ''})`,
  'identity.expired': (v) => `identity document expired on ${v.expired}`,
  'translation.missing': (v) => `in ${v.language}, with no translation into ${v.into} included`,
  'translation.no-translator': () => 'the translation names no translator (its certificate needs one)',
  'translation.unknown-translator': () => 'the translation names a translator the vault does not hold',
  'translation.not-translator': (v) => `${v.translator} is not recorded as a translator`,
  'translation.translator-incomplete': (v) => `the translator's record lacks the ${v.field} the ${v.form} certificate prints`,
  'translation.no-languages': () => 'the translation does not say from and into which language',
  'counsel.no-address': () => "the cover leaves counsel's address blank (dossier counsel VAULT; choose the case's counsel)",
  'counsel.no-eoir-id': () => "the cover leaves counsel's EOIR ID blank (dossier counsel VAULT; choose the case's counsel)",
  'interpretation.no-interpreter': () => "the statement's interpreter is not in the vault",
  'interpretation.not-interpreter': () => "the statement's interpreter is not recorded as an interpreter",
  'exhibit.no-date': () => 'exhibit has no date',
  'exhibit.no-title': () => 'exhibit has no title of its own (its file name is used)',
  'exhibit.no-kind': () => 'exhibit has no kind (other)',
  'exhibit.not-reproduced': (v) => `will not be reproduced, only named on a separator page (${v.reason})`,
  'exhibit.partly-reproduced': (v) => `only partly reproduced: ${v.pages} of ${v.of} page(s) cannot be drawn`,
  'exhibit.text-not-read': () => 'its text was not read yet (the forum wants searchable files): dossier ocr',
  'exhibit.no-text': () => 'has no text layer and no OCR text (the forum wants searchable files)',
  'exhibit.confidential': () => 'marked confidential, and included',
  'exhibit.no-key': () => 'no exhibit is marked key, and this template takes only key exhibits',
  'event.no-evidence': () => 'event with no evidence',
  'element.unsupported': () => 'nothing supports this element of the legal test yet (no fact, exhibit, country information or citation)',
  'citation.evidence-missing': (v) => `a citation in the ${v.text} points to an exhibit the vault no longer holds (${v.evidenceId})`,
  'citation.excluded': (v) => `a citation in the ${v.text} points to an exhibit this dossier leaves out`,
  'citation.page-out-of-range': (v) => `a citation in the ${v.text} points to page ${v.pages}${v.pageCount ? `, but the exhibit has ${v.pageCount}` : ', beyond the exhibit'}`,
  'redaction.unremovable': (v) => `${v.terms} of the redaction profile's terms occur in this file, which the dossier cannot redact (only named); withhold it in the profile if the recipient must not get it`,
  'redaction.cited-withheld': (v) => `the ${v.text} cites an exhibit the redaction profile withholds; the citation prints "not included"`,
  'redaction.term-in-own-words': (v) => `the term "${v.term}" is part of the dossier's own words about its redaction ("${v.words}"): the check after export would refuse every export; make it longer, or rename the profile`,
  'redaction.region-off-page': (v) => `a redaction box is on page ${v.pages}, but the exhibit has ${v.pageCount}: it hides nothing`,
  'size.front-over-limit': (v) => `${v.pages} pages before the first exhibit, over the forum's ${v.limit}`,
  'size.parts': (v) => `will be written in about ${v.parts} parts${v.megabytes ? ` of at most ${v.megabytes} MB` : ''}`,
  'text.no-version': (v) => `the ${v.field} has no ${v.language} version; printed in ${v.written}`,
};

const headings: Record<PreflightFinding['severity'], string> = { block: 'BLOCKS the export', warn: 'Warnings', info: 'Notes' };

/** Where in the window the finding is fixed: "Evidence › 3f2a… › date". */
export function placeWords(place: FindingPlace): string {
  // An element's key is short and says which element; a record's id is cut to its first characters.
  return [place.view, place.view === 'argument' ? place.id : place.id?.slice(0, 8), place.field].filter(Boolean).join(' › ');
}

export function findingLine(finding: PreflightFinding): string {
  const describe = words[finding.code];
  const what = describe ? describe(finding.values ?? {}) : finding.code;
  const subject = finding.subject ? `"${finding.subject}": ` : '';
  return `  ${finding.code}  ${subject}${what}  [fix in: ${placeWords(finding.place)}]`;
}

export function formatPreflight(report: PreflightReport): string {
  if (report.findings.length === 0) return `Pre-flight (${report.templateId}, ${report.language}): nothing to fix.`;
  const groups = (['block', 'warn', 'info'] as const)
    .map((severity) => ({ severity, findings: report.findings.filter((finding) => finding.severity === severity) }))
    .filter((group) => group.findings.length > 0)
    .map((group) => `${headings[group.severity]} (${group.findings.length}):\n${group.findings.map(findingLine).join('\n')}`);
  const verdict = report.blocked
    ? 'The export is refused until these blocks are fixed, or overridden with export --override-blocks (the override is recorded in the audit log).'
    : 'Nothing blocks the export.';
  return [`Pre-flight (${report.templateId}, ${report.language}):`, ...groups, verdict].join('\n\n');
}
