// `dossier redaction VAULT CASE [VERB NAME ...]`: a case's redaction profiles (issue 17), what one
// recipient's dossier leaves out. Without a verb (or with `list`) it lists them; `show`, `create`,
// `delete`; `terms` adds (--add, --suggested) and removes (--remove) terms; `withhold` adds (or with
// --release gives back) applicant fields, exhibits and events; `region` draws a box on an exhibit
// page (--remove N takes box N away). Every change saves the profile whole, as the window does.
// `profileIdNamed` resolves `--redaction NAME` for export, plan, check and citations.
import type { MethodOutput } from '../shared/contract.js';
import { DossierError } from '../shared/errors.js';
import type { CaseDetail } from '../shared/models.js';
import {
  foldTerm,
  redactionReasons,
  withholdableFields,
  type RedactionProfile,
  type RedactionProfileInput,
  type RedactionReason,
  type RedactionRegion,
  type WithholdableField,
} from '../shared/redaction.js';
import type { CliService } from './service-client.js';

/** The options the command reads, for parseArgs (`--evidence` and `--page` serve `withhold` and `region`). */
export const redactionOptions = {
  redaction: { type: 'string' },
  reason: { type: 'string' },
  add: { type: 'string', multiple: true },
  remove: { type: 'string', multiple: true },
  suggested: { type: 'boolean', default: false },
  field: { type: 'string', multiple: true },
  evidence: { type: 'string', multiple: true },
  event: { type: 'string', multiple: true },
  release: { type: 'boolean', default: false },
  page: { type: 'string' },
  box: { type: 'string' },
  'no-log-page': { type: 'boolean', default: false },
} as const;

export interface RedactionValues {
  reason?: string | undefined;
  add?: string[] | undefined;
  remove?: string[] | undefined;
  suggested?: boolean | undefined;
  field?: string[] | undefined;
  evidence?: string[] | undefined;
  event?: string[] | undefined;
  release?: boolean | undefined;
  page?: string | undefined;
  box?: string | undefined;
  'no-log-page'?: boolean | undefined;
}

type ProfileRecord = MethodOutput<'redaction.list'>[number];

const usage =
  'Expected: dossier redaction VAULT CASE [list | show NAME | create NAME | delete NAME | terms NAME [--add TEXT]... [--remove TEXT]... [--suggested] [--reason R] | withhold NAME [--field F]... [--evidence E]... [--event E]... [--release] | region NAME --evidence E --page N --box X,Y,W,H [--reason R] | region NAME --remove N].';

/** The form a profile's name is unique in within its case (as the vault keeps it: any letter case). */
function nameKey(name: string): string {
  return name.trim().normalize('NFKC').toLowerCase();
}

/** The case's profile named `name` (any letter case); an unknown name is refused, listing the case's profiles. */
export function profileNamed(profiles: readonly ProfileRecord[], name: string): ProfileRecord {
  const found = profiles.find((profile) => nameKey(profile.name) === nameKey(name));
  if (found) return found;
  const known = profiles.length === 0 ? 'it has none yet (dossier redaction VAULT CASE create NAME)' : `its profiles are ${profiles.map((profile) => `"${profile.name}"`).join(', ')}`;
  throw new DossierError('NOT_FOUND', `The case has no redaction profile named "${name}": ${known}.`);
}

/** `--redaction NAME` as the export's choice: the profile's id, or nothing without the option. */
export async function redactionChoice(service: CliService, caseId: string, name: string | undefined): Promise<{ redactionProfileId?: string }> {
  if (name === undefined) return {};
  return { redactionProfileId: profileNamed(await service.call('redaction.list', { caseId }), name).id };
}

function reasonOf(value: string | undefined, fallback: RedactionReason): RedactionReason {
  if (value === undefined) return fallback;
  if (!(redactionReasons as readonly string[]).includes(value)) throw new DossierError('INVALID_INPUT', `--reason must be one of ${redactionReasons.join(', ')}.`);
  return value as RedactionReason;
}

function fieldOf(value: string): WithholdableField {
  if (!(withholdableFields as readonly string[]).includes(value)) throw new DossierError('INVALID_INPUT', `--field must be one of ${withholdableFields.join(', ')}; "${value}" is not.`);
  return value as WithholdableField;
}

/** An exhibit or event by its id, a unique prefix of it, or its title (any letter case). */
function itemNamed<T extends { id: string; title: string }>(items: readonly T[], wanted: string, what: string): T {
  const exact = items.find((item) => item.id === wanted);
  if (exact) return exact;
  const byPrefix = items.filter((item) => item.id.startsWith(wanted));
  const byTitle = items.filter((item) => item.title.toLowerCase() === wanted.toLowerCase());
  const matches = byPrefix.length > 0 ? byPrefix : byTitle;
  if (matches.length > 1) throw new DossierError('INVALID_INPUT', `"${wanted}" matches ${matches.length} ${what}s of the case; give the full id (dossier show VAULT CASE lists them).`);
  if (!matches[0]) throw new DossierError('NOT_FOUND', `The case has no ${what} "${wanted}" (give its id, an id prefix or its title; dossier show VAULT CASE lists them).`);
  return matches[0];
}

/** "X,Y,W,H" in fractions of the upright page (0 to 1), origin top left. */
function boxOf(value: string | undefined): Pick<RedactionRegion, 'x' | 'y' | 'width' | 'height'> {
  const numbers = (value ?? '').split(',').map((part) => Number(part.trim()));
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) {
    throw new DossierError('INVALID_INPUT', '--box must be X,Y,WIDTH,HEIGHT in fractions of the page (0 to 1) from its top left corner, e.g. --box 0.1,0.2,0.5,0.05.');
  }
  const [x, y, width, height] = numbers as [number, number, number, number];
  return { x, y, width, height };
}

function inputOf(profile: ProfileRecord): RedactionProfileInput {
  const { id: _id, caseId: _case, createdAt: _created, updatedAt: _updated, ...input } = profile;
  return input;
}

export function formatProfile(profile: RedactionProfile, detail: CaseDetail): string {
  const titleOf = (items: readonly { id: string; title: string }[], id: string) => items.find((item) => item.id === id)?.title ?? id;
  const lines = [`${profile.name}  id ${profile.id}${profile.logPage ? '' : '  (no redaction log page)'}`];
  lines.push(profile.terms.length === 0 ? '  terms: none' : `  terms (${profile.terms.length}):`);
  for (const term of profile.terms) lines.push(`    ${term.text}  [${term.reason}]`);
  lines.push(profile.regions.length === 0 ? '  regions: none' : `  regions (${profile.regions.length}):`);
  profile.regions.forEach((region, index) => {
    const box = [region.x, region.y, region.width, region.height].map((n) => Number(n.toFixed(4))).join(',');
    lines.push(`    ${index + 1}. "${titleOf(detail.evidence, region.evidenceId)}" page ${region.page}, box ${box}  [${region.reason}]`);
  });
  if (profile.withheldFields.length) lines.push(`  withheld fields: ${profile.withheldFields.join(', ')}`);
  for (const id of profile.withheldEvidenceIds) lines.push(`  withheld exhibit: "${titleOf(detail.evidence, id)}"  id ${id}`);
  for (const id of profile.withheldEventIds) lines.push(`  withheld event: "${titleOf(detail.events, id)}"  id ${id}`);
  return lines.join('\n');
}

function formatList(profiles: readonly ProfileRecord[]): string {
  if (profiles.length === 0) return 'The case has no redaction profiles yet: dossier redaction VAULT CASE create NAME';
  return profiles
    .map((p) => `${p.name}  id ${p.id}  ${p.terms.length} term(s), ${p.regions.length} region(s), ${p.withheldFields.length + p.withheldEvidenceIds.length + p.withheldEventIds.length} withheld`)
    .join('\n');
}

/** The profile with the terms given added or removed. */
async function changeTerms(service: CliService, caseId: string, profile: ProfileRecord, values: RedactionValues): Promise<RedactionProfileInput> {
  const reason = reasonOf(values.reason, 'other');
  const removed = new Set((values.remove ?? []).map(foldTerm));
  const terms = profile.terms.filter((term) => !removed.has(foldTerm(term.text)));
  const added = (values.add ?? []).map((text) => ({ text, reason }));
  if (values.suggested) added.push(...(await service.call('redaction.suggestions', { caseId, profileId: profile.id })).map(({ text, reason: suggested }) => ({ text, reason: suggested })));
  return { ...inputOf(profile), terms: [...terms, ...added] };
}

function changeWithheld(profile: ProfileRecord, detail: CaseDetail, values: RedactionValues): RedactionProfileInput {
  const fields = (values.field ?? []).map(fieldOf);
  const evidence = (values.evidence ?? []).map((wanted) => itemNamed(detail.evidence, wanted, 'exhibit').id);
  const events = (values.event ?? []).map((wanted) => itemNamed(detail.events, wanted, 'event').id);
  const change = <T>(held: readonly T[], given: readonly T[]) => (values.release ? held.filter((item) => !given.includes(item)) : [...new Set([...held, ...given])]);
  return {
    ...inputOf(profile),
    withheldFields: change(profile.withheldFields, fields),
    withheldEvidenceIds: change(profile.withheldEvidenceIds, evidence),
    withheldEventIds: change(profile.withheldEventIds, events),
  };
}

function changeRegions(profile: ProfileRecord, detail: CaseDetail, values: RedactionValues): RedactionProfileInput {
  if (values.remove?.length) {
    const numbers = values.remove.map(Number);
    const wrong = values.remove.filter((_, i) => !Number.isInteger(numbers[i]) || numbers[i]! < 1 || numbers[i]! > profile.regions.length);
    if (wrong.length) throw new DossierError('INVALID_INPUT', `--remove takes a region's number as show lists it (1 to ${profile.regions.length}); ${wrong.join(', ')} is not.`);
    return { ...inputOf(profile), regions: profile.regions.filter((_, index) => !numbers.includes(index + 1)) };
  }
  const [wanted, ...more] = values.evidence ?? [];
  if (wanted === undefined || more.length > 0 || values.page === undefined) throw new DossierError('INVALID_INPUT', 'A region needs one --evidence E, --page N and --box X,Y,W,H.');
  const page = Number(values.page);
  if (!Number.isInteger(page) || page < 1) throw new DossierError('INVALID_INPUT', '--page must be a page number from 1.');
  const region = { evidenceId: itemNamed(detail.evidence, wanted, 'exhibit').id, page, ...boxOf(values.box), reason: reasonOf(values.reason, 'other') };
  return { ...inputOf(profile), regions: [...profile.regions, region] };
}

/** Runs the command on an unlocked vault for one case; returns what to print, as JSON and as text. */
export async function redactionCommand(service: CliService, caseId: string, verb: string[], values: RedactionValues): Promise<{ json: unknown; text: string }> {
  const [action = 'list', name, ...extra] = verb;
  const profiles = await service.call('redaction.list', { caseId });
  if (action === 'list' && name === undefined) return { json: profiles, text: formatList(profiles) };
  if (name === undefined || extra.length > 0) throw new DossierError('INVALID_INPUT', usage);
  const detail = await service.call('cases.get', { id: caseId });
  const saved = async (profile: ProfileRecord | undefined, input: RedactionProfileInput) => {
    const record = await service.call('redaction.save', { caseId, ...(profile ? { id: profile.id } : {}), profile: input });
    return { json: record, text: formatProfile(record, detail) };
  };
  switch (action) {
    case 'show': {
      const profile = profileNamed(profiles, name);
      return { json: profile, text: formatProfile(profile, detail) };
    }
    case 'create':
      return saved(undefined, { name, logPage: !values['no-log-page'] });
    case 'delete': {
      const profile = profileNamed(profiles, name);
      await service.call('redaction.remove', { caseId, id: profile.id });
      return { json: { removed: profile.id }, text: `The redaction profile "${profile.name}" was removed.` };
    }
    case 'terms': {
      const profile = profileNamed(profiles, name);
      if (!values.add?.length && !values.remove?.length && !values.suggested) {
        const suggestions = await service.call('redaction.suggestions', { caseId, profileId: profile.id });
        const text = [formatProfile(profile, detail), suggestions.length === 0 ? '  suggested: none' : '  suggested (--suggested adds them all):'];
        for (const suggestion of suggestions) text.push(`    ${suggestion.text}  [${suggestion.reason}, from ${suggestion.source}]`);
        return { json: { profile, suggestions }, text: text.join('\n') };
      }
      return saved(profile, await changeTerms(service, caseId, profile, values));
    }
    case 'withhold': {
      const profile = profileNamed(profiles, name);
      return saved(profile, changeWithheld(profile, detail, values));
    }
    case 'region': {
      const profile = profileNamed(profiles, name);
      return saved(profile, changeRegions(profile, detail, values));
    }
    default:
      throw new DossierError('INVALID_INPUT', usage);
  }
}
