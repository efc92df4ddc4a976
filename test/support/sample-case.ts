// A small case in the situation docs/architecture.md describes, written to disk as CASE.json with real
// evidence files, for the vault and CLI tests. The PDF and the PNG are the ones in test/fixtures,
// which the fake-document generator writes (test/support/test-fixtures.ts).
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');

export const PASSPHRASE = 'correct horse battery staple';

export const sampleCase = {
  client: {
    fullName: 'Aigerim Nurlanovna Sadykova',
    fullNameNative: 'Әйгерім Нұрланқызы Садықова',
    aliases: ['Айгерим Садыкова'],
    dateOfBirth: '1994-03-12',
    placeOfBirth: 'Almaty',
    citizenships: ['KZ'],
    languages: ['kk', 'ru'],
    documents: [{ kind: 'passport', number: 'N12345678', issuingState: 'KZ', issued: '2017-05-01', expires: '2027-05-01' }],
    currentCountry: 'Kyrgyzstan',
    status: 'detained',
  },
  case: { title: 'Sadykova: interim measures against extradition', forum: 'un_cat', destination: 'Kyrgyzstan', reference: 'CAT-2026-014', languages: ['en', 'ru'] },
  events: [
    { date: '2022-10', precision: 'month', type: 'protest', place: 'Алматы', title: 'Пикет против мобилизации', evidence: ['photo'] },
    { date: '2023', precision: 'year', type: 'criminal_case_opened', title: 'Criminal case under art. 274 opened', description: 'Үкімет «жалған ақпарат» деп айыптады.' },
    { date: '2026-11-15', precision: 'day', type: 'extradition_order', place: 'Bishkek', title: 'Extradition order by the Prosecutor General', evidence: ['order'] },
  ],
  evidence: [
    { key: 'photo', file: 'picket.png', title: 'Photo of the picket', kind: 'photo', date: '2022-10-05', language: 'ru' },
    { key: 'order', file: 'order.pdf', title: 'Extradition order', kind: 'court_document', date: '2026-11-15', language: 'ru' },
    { key: 'statement', file: 'statement.txt', title: 'Personal statement', kind: 'statement', language: 'kk' },
  ],
  persecution: {
    grounds: ['political_opinion'],
    agents: ['National Security Committee (KNB)'],
    charges: [{ state: 'KZ', code: 'Criminal Code', article: '274', text: 'Dissemination of knowingly false information' }],
    risks: ['torture in pre-trial detention'],
    narrative: 'Әйгерім организовала пикет в Алматы и была задержана. Өлзийбаяр видел задержание.',
  },
};

/** Writes `doc` as `dir`/CASE.json, the file `importCase` and `dossier import` read; returns its path. */
export async function writeCaseFile(dir: string, doc: unknown): Promise<string> {
  const file = path.join(dir, 'CASE.json');
  await writeFile(file, JSON.stringify(doc));
  return file;
}

/** Writes CASE.json and its evidence files into `dir`; returns the JSON's path. */
export async function writeSampleCase(dir: string, overrides: Partial<typeof sampleCase> = {}): Promise<string> {
  await copyFile(path.join(fixturesDir, 'picket.png'), path.join(dir, 'picket.png'));
  await copyFile(path.join(fixturesDir, 'order.pdf'), path.join(dir, 'order.pdf'));
  await writeFile(path.join(dir, 'statement.txt'), 'Мен, Әйгерім Садықова, 2022 жылы пикетке шықтым.\n');
  const file = path.join(dir, 'case.json');
  await writeFile(file, JSON.stringify({ ...sampleCase, ...overrides }, null, 2));
  return file;
}
