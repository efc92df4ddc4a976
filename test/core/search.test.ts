import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { insertClient } from '../../src/core/records/clients.js';
import { search, toMatchExpression } from '../../src/core/records/search-index.js';
import { writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

async function sampleVault() {
  const { vault, dir } = await newVault();
  const report = await importCase(vault, await writeSampleCase(path.dirname(dir)));
  return { vault, caseId: report.caseId };
}

const entitiesFound = (hits: { entity: string }[]) => [...new Set(hits.map((h) => h.entity))].sort();

describe('full-text search', () => {
  it('finds Kazakh and Russian Cyrillic in any letter case', async () => {
    const { vault } = await sampleVault();
    expect(entitiesFound(search(vault.db, 'ӘЙГЕРІМ'))).toEqual(['client', 'persecution']);
    // The case's title is in Latin ("Sadykova: …"): Cyrillic finds its transliteration too.
    expect(entitiesFound(search(vault.db, 'садықова'))).toEqual(['case', 'client']);
    expect(entitiesFound(search(vault.db, 'пикет'))).toEqual(['event', 'persecution']);
    expect(entitiesFound(search(vault.db, 'ҮКІМЕТ'))).toEqual(['event']);
    vault.close();
  });

  it('finds Mongolian Cyrillic and Latin transliterations', async () => {
    const { vault } = await sampleVault();
    expect(entitiesFound(search(vault.db, 'өлзийбаяр'))).toEqual(['persecution']);
    expect(entitiesFound(search(vault.db, 'sadykova'))).toEqual(['case', 'client']);
    vault.close();
  });

  it('matches word prefixes and needs every word', async () => {
    const { vault } = await sampleVault();
    expect(entitiesFound(search(vault.db, 'Садық Нұрлан'))).toEqual(['client']);
    expect(search(vault.db, 'Садық Бишкек')).toEqual([]);
    vault.close();
  });

  it('searches titles, descriptions, sources and evidence file names', async () => {
    const { vault, caseId } = await sampleVault();
    const hits = search(vault.db, 'extradition order');
    expect(hits.map((h) => h.entity).sort()).toEqual(['event', 'evidence']);
    expect(hits.every((h) => h.caseId === caseId)).toBe(true);
    expect(entitiesFound(search(vault.db, 'statement.txt'))).toEqual(['evidence']);
    vault.close();
  });

  it('lists a one-letter query newest first, up to the limit, without ranking every match', async () => {
    const { vault } = await newVault();
    vault.transaction((db) => {
      for (const name of ['Арман Ахметов', 'Асель Аскарова', 'Айдос Абенов']) insertClient(db, { fullName: name });
    });
    expect(search(vault.db, 'а', { limit: 2 }).map((hit) => hit.title)).toEqual(['Айдос Абенов', 'Асель Аскарова']);
    expect(search(vault.db, 'ас').map((hit) => hit.title)).toEqual(['Асель Аскарова']);
    vault.close();
  });

  it('ignores diacritics on Latin letters', async () => {
    const { vault } = await newVault();
    vault.transaction((db) => insertClient(db, { fullName: 'Şahin Gözel Müller' }));
    expect(entitiesFound(search(vault.db, 'sahin gozel muller'))).toEqual(['client']);
    vault.close();
  });

  it('treats FTS syntax in a query as plain words, never as an error', async () => {
    const { vault } = await sampleVault();
    for (const query of ['"', 'NEAR(', 'a OR', '*', 'title:x', "'; DROP TABLE clients; --", '']) {
      expect(() => search(vault.db, query)).not.toThrow();
    }
    expect(toMatchExpression('Ахмет "дуб"')).toBe('"akhmet"* "dub"*');
    vault.close();
  });

  it('can be limited to one case', async () => {
    const { vault, caseId } = await sampleVault();
    const other = await importCase(vault, await writeSampleCase(await tempDir()));
    expect(search(vault.db, 'пикет', { caseId }).every((h) => h.caseId === caseId)).toBe(true);
    expect(search(vault.db, 'пикет', { caseId: other.caseId }).every((h) => h.caseId === other.caseId)).toBe(true);
    expect(search(vault.db, 'пикет').length).toBe(4);
    vault.close();
  });
});
