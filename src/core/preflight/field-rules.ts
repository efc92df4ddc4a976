// The case fields the template's forum will not accept a filing without (FilingRules.requiredFields):
// each one missing blocks, with the tab and field where it is filled in.
import type { RequiredFilingField } from '../dossier/templates.js';
import type { PreflightFinding } from '../../shared/preflight.js';
import type { PreflightInput, PreflightRule } from './preflight-rule.js';

const blank = (value: string | undefined) => value === undefined || value.trim() === '';

function missingField(code: string, view: 'case' | 'persecution', field: string): PreflightFinding {
  return { code, severity: 'block', place: { view, field } };
}

/** What each required field needs; the removal needs at least its date, place and manner. */
const checks: Record<RequiredFilingField, (input: PreflightInput) => PreflightFinding[]> = {
  stateParty: ({ detail }) => (blank(detail.case.stateParty) ? [missingField('field.state-party', 'case', 'stateParty')] : []),
  destination: ({ detail }) => (blank(detail.case.destination) ? [missingField('field.destination', 'case', 'destination')] : []),
  alienNumber: ({ detail }) => (blank(detail.case.alienNumber) ? [missingField('field.alien-number', 'case', 'alienNumber')] : []),
  remediesExhausted: ({ detail }) =>
    blank(detail.persecution?.remediesExhausted) ? [missingField('field.remedies-exhausted', 'persecution', 'remediesExhausted')] : [],
  removal: ({ detail }) => {
    const removal = detail.case.removal;
    const findings: PreflightFinding[] = [];
    if (removal?.date === undefined) findings.push(missingField('field.removal-date', 'case', 'removal.date'));
    if (blank(removal?.place)) findings.push(missingField('field.removal-place', 'case', 'removal.place'));
    if (blank(removal?.manner)) findings.push(missingField('field.removal-manner', 'case', 'removal.manner'));
    return findings;
  },
};

export const requiredFields: PreflightRule = (input) => input.template.filing.requiredFields.flatMap((field) => checks[field](input));

/**
 * The US immigration court's cover prints counsel's address and EOIR ID (eoir-cover.ts); without
 * them it leaves lines to write on by hand. Warns, with the case's choice of counsel as the place.
 */
export const counselDetailsRule: PreflightRule = ({ detail, template }) => {
  if (template.cover !== 'eoir') return [];
  const counsel = detail.counsel;
  const place = { view: 'case' as const, field: 'counselId' };
  const subject = counsel?.name ?? detail.case.responsibleLawyer;
  const findings: PreflightFinding[] = [];
  if (!counsel || counsel.address.length === 0) findings.push({ code: 'counsel.no-address', severity: 'warn', place, subject });
  if (!counsel || blank(counsel.eoirId)) findings.push({ code: 'counsel.no-eoir-id', severity: 'warn', place, subject });
  return findings;
};

export const fieldRules: readonly PreflightRule[] = [requiredFields, counselDetailsRule];
