// `dossier counsel VAULT [add|edit ID] [--name …] [--firm …] [--address LINE]… [--phone …]
// [--email …] [--eoir-id …] [--bar-number …] [--case CASE]`: the practice's counsel, whose details
// a forum's cover and proof of service print. Without a verb it lists them; `add` and `edit`
// print the record; `--case` makes the case name that counsel.
import type { MethodOutput } from '../shared/contract.js';
import { DossierError } from '../shared/errors.js';
import type { CounselInput } from '../shared/models.js';
import type { CliService } from './service-client.js';

type CounselRecord = MethodOutput<'counsel.list'>[number];

/** The options the command reads, for parseArgs. */
export const counselOptions = {
  name: { type: 'string' },
  firm: { type: 'string' },
  address: { type: 'string', multiple: true },
  phone: { type: 'string' },
  email: { type: 'string' },
  'eoir-id': { type: 'string' },
  'bar-number': { type: 'string' },
} as const;

export interface CounselValues {
  name?: string | undefined;
  firm?: string | undefined;
  address?: string[] | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  'eoir-id'?: string | undefined;
  'bar-number'?: string | undefined;
  case?: string | undefined;
}

/** The fields given on the command line; an empty value ("--firm ''") clears that field. */
function givenFields(values: CounselValues): Partial<CounselInput> {
  const fields: Partial<CounselInput> = {};
  if (values.name !== undefined) fields.name = values.name;
  if (values.firm !== undefined) fields.firm = values.firm;
  if (values.address !== undefined) fields.address = values.address.filter((line) => line.trim() !== '');
  if (values.phone !== undefined) fields.phone = values.phone;
  if (values.email !== undefined) fields.email = values.email;
  if (values['eoir-id'] !== undefined) fields.eoirId = values['eoir-id'];
  if (values['bar-number'] !== undefined) fields.barNumber = values['bar-number'];
  return fields;
}

function inputOf(record: CounselRecord): CounselInput {
  const { id: _id, createdAt: _created, updatedAt: _updated, uses: _uses, ...input } = record;
  return input;
}

export function formatCounsel(records: readonly CounselRecord[]): string {
  if (records.length === 0) return 'The vault holds no counsel yet: dossier counsel VAULT add --name NAME [--address LINE]... [--eoir-id ID]';
  return records
    .map((record) => {
      const lines = [`${record.name}${record.firm ? `, ${record.firm}` : ''}  id ${record.id}`];
      for (const line of record.address) lines.push(`  ${line}`);
      const contact = [record.phone, record.email].filter(Boolean);
      if (contact.length) lines.push(`  ${contact.join('; ')}`);
      const numbers = [record.eoirId && `EOIR ID ${record.eoirId}`, record.barNumber && `bar no. ${record.barNumber}`].filter(Boolean);
      if (numbers.length) lines.push(`  ${numbers.join('; ')}`);
      lines.push(record.uses.cases.length === 0 ? '  counsel in no case' : `  counsel in ${record.uses.cases.map((use) => `"${use.caseTitle}"`).join(', ')}`);
      return lines.join('\n');
    })
    .join('\n');
}

/** Makes the case name this counsel (its other fields unchanged). */
async function nameInCase(service: CliService, wanted: string, counselId: string): Promise<void> {
  const { id } = await service.call('cases.find', { idOrReference: wanted });
  const { case: record } = await service.call('cases.get', { id });
  const { id: _id, clientId: _client, createdAt: _created, updatedAt: _updated, ...fields } = record;
  await service.call('cases.update', { id, case: { ...fields, counselId } });
}

/** Runs the command on an unlocked vault; returns what to print, as JSON and as text. */
export async function counselCommand(service: CliService, verb: string[], values: CounselValues): Promise<{ json: unknown; text: string }> {
  const [action, id, ...extra] = verb;
  if (action === undefined) {
    const records = await service.call('counsel.list');
    return { json: records, text: formatCounsel(records) };
  }
  let record: CounselRecord;
  if (action === 'add' && id === undefined) {
    const fields = givenFields(values);
    if (!fields.name) throw new DossierError('INVALID_INPUT', 'Give the counsel\'s name: dossier counsel VAULT add --name NAME.');
    record = await service.call('counsel.create', { address: [], ...fields, name: fields.name });
  } else if (action === 'edit' && id !== undefined && extra.length === 0) {
    const all = await service.call('counsel.list');
    const matches = all.some((candidate) => candidate.id === id) ? all.filter((candidate) => candidate.id === id) : all.filter((candidate) => candidate.id.startsWith(id));
    if (matches.length > 1) throw new DossierError('INVALID_INPUT', `"${id}" matches ${matches.length} counsel; give the full id.`);
    const found = matches[0];
    if (!found) throw new DossierError('NOT_FOUND', `No counsel has id ${id}: dossier counsel VAULT lists them.`);
    record = await service.call('counsel.update', { id: found.id, counsel: { ...inputOf(found), ...givenFields(values) } });
  } else {
    throw new DossierError('INVALID_INPUT', 'Expected: dossier counsel VAULT, dossier counsel VAULT add --name NAME …, or dossier counsel VAULT edit ID ….');
  }
  if (values.case !== undefined) {
    await nameInCase(service, values.case, record.id);
    record = (await service.call('counsel.list')).find((candidate) => candidate.id === record.id) ?? record;
  }
  return { json: record, text: formatCounsel([record]) };
}
