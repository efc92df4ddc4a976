// A form holds what the lawyer typed; what it sends must be what the shared schemas take: blank
// fields not recorded (never ""), lists split where a person separates them, blank rows dropped.
// Each draft is checked against the same schema the core validates with.
import { describe, expect, it } from 'vitest';
import { caseDraftOf, caseInputOf } from '../../src/renderer/clients/case-draft.js';
import { draftOf, emptyDocument, inputOf, withoutEmptyRows } from '../../src/renderer/clients/client-draft.js';
import { isBlank, languageCodesFrom, listFromText, optionalText, rowHasText } from '../../src/renderer/ui/draft-text.js';
import { caseInputSchema, clientInputSchema, type Case } from '../../src/shared/models.js';

describe('typed text to schema values', () => {
  it('treats a field of spaces as not recorded and trims the rest', () => {
    expect(optionalText('   ')).toBeUndefined();
    expect(optionalText('')).toBeUndefined();
    expect(optionalText('  Almaty \n')).toBe('Almaty');
    expect(isBlank(' \t')).toBe(true);
    expect(isBlank(' a ')).toBe(false);
  });

  it('splits language codes at commas, semicolons or spaces, dropping empty items', () => {
    expect(languageCodesFrom('ru, kk;en  uz-Cyrl,,')).toEqual(['ru', 'kk', 'en', 'uz-Cyrl']);
    expect(languageCodesFrom(' ')).toEqual([]);
  });

  it('keeps a comma inside a name when the list is one per line', () => {
    expect(listFromText('Aliyev, Timur\n\n  Тимур Алиев  \n', /\n/)).toEqual(['Aliyev, Timur', 'Тимур Алиев']);
  });

  it('sees a row as filled when any of its text fields has more than spaces', () => {
    expect(rowHasText({ kind: ' ', number: '' })).toBe(false);
    expect(rowHasText({ kind: '', number: 'AB 123' })).toBe(true);
    expect(rowHasText({ on: true, count: 3 })).toBe(false);
  });
});

describe('the case form', () => {
  const record: Case = {
    ...caseInputSchema.parse({
      title: 'Asylum application, Germany',
      forum: 'national_asylum',
      reference: 'BAMF 123',
      otherReferences: [{ label: 'UNHCR', value: 'RSD-77' }],
      languages: ['de', 'ru'],
      status: 'submitted',
    }),
    id: 'case-1',
    clientId: 'client-1',
    createdAt: '',
    updatedAt: '',
  };

  it('gives back the record it was filled from, other references included, after a round trip', () => {
    const input = caseInputOf(caseDraftOf(record), record);
    const { id, clientId, createdAt, updatedAt, ...fields } = record;
    expect(caseInputSchema.parse(input)).toEqual(fields);
  });

  it('sends blank optional fields as not recorded and typed language codes as a list', () => {
    const draft = { ...caseDraftOf(undefined), title: '  Humanitarian visa ', forum: 'embassy_humanitarian_visa' as const, destination: '  ', languages: 'en, ru' };
    const input = caseInputOf(draft, undefined);
    expect(input).toMatchObject({ title: 'Humanitarian visa', destination: undefined, reference: undefined, languages: ['en', 'ru'], status: 'active', otherReferences: [] });
    expect(caseInputSchema.safeParse(input).success).toBe(true);
  });

  it('leaves an unchosen forum for the schema to name, instead of guessing one', () => {
    const result = caseInputSchema.safeParse(caseInputOf({ ...caseDraftOf(undefined), title: 'A case' }, undefined));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['forum']);
  });
});

describe('the client form', () => {
  it('drops rows left blank, so a problem at "documents.0" is the first row still shown', () => {
    const draft = {
      ...draftOf(undefined),
      fullName: 'Timur Bekov',
      documents: [{ ...emptyDocument }, { ...emptyDocument, number: 'N 0042' }, { ...emptyDocument, kind: ' ' }],
    };
    const compact = withoutEmptyRows(draft);
    expect(compact.documents).toEqual([{ ...emptyDocument, number: 'N 0042' }]);
    const result = clientInputSchema.safeParse(inputOf(compact));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['documents.0.kind']);
  });

  it('reads names in both scripts, aliases one per line and citizenships by comma', () => {
    const input = inputOf({
      ...draftOf(undefined),
      fullName: ' Timur Bekov ',
      fullNameNative: 'Тимур Беков',
      aliases: 'Bekov, T.\nТ. Беков',
      citizenships: 'KZ; RU',
      languages: 'kk ru',
      dateOfBirth: '1988-04',
    });
    expect(clientInputSchema.parse(input)).toMatchObject({
      fullName: 'Timur Bekov',
      fullNameNative: 'Тимур Беков',
      aliases: ['Bekov, T.', 'Т. Беков'],
      citizenships: ['KZ', 'RU'],
      languages: ['kk', 'ru'],
      dateOfBirth: '1988-04',
      placeOfBirth: undefined,
    });
  });
});
