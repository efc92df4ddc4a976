// The text of stored files in a real vault: saved per blob, read back as it was given, listed
// for reading while missing or older than the reader, and gone with its evidence item.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { removeEvidenceFiles } from '../../src/core/evidence/remove-files.js';
import { blobsWithoutText, evidenceTextOf, saveEvidenceText, tesseractLanguages, type EvidenceTextPage } from '../../src/core/records/evidence-text.js';
import { getEvidence, listEvidence, updateManyEvidence } from '../../src/core/records/evidence.js';
import { search } from '../../src/core/records/search-index.js';
import { sampleCase, writeSampleCase } from '../support/sample-case.js';
import { newVault } from '../support/vault.js';

async function sampleVault(overrides: Partial<typeof sampleCase> = {}) {
  const { vault, dir } = await newVault();
  const report = await importCase(vault, await writeSampleCase(path.dirname(dir), overrides));
  const byFile = new Map(listEvidence(vault.db, report.caseId).map((item) => [item.originalName, getEvidence(vault.db, item.id)]));
  return { vault, caseId: report.caseId, order: byFile.get('order.pdf')!, photo: byFile.get('picket.png')!, statement: byFile.get('statement.txt')! };
}

/** An OCR page of one line, its words boxed left to right. */
function ocrPage(page: number, text: string): EvidenceTextPage {
  const words = text.split(' ').map((word, i) => ({ text: word, box: { x0: 100 * i, y0: 10, x1: 100 * i + 90, y1: 40 }, confidence: 91 }));
  return {
    source: 'ocr',
    page: { page, width: 2480, height: 3508, text, lines: [{ box: { x0: 0, y0: 10, x1: 100 * words.length, y1: 40 }, words }], confidence: 91, languages: ['rus', 'kaz'] },
  };
}

const count = (vault: { db: { prepare(sql: string): { get(): unknown } } }, sql: string) => (vault.db.prepare(sql).get() as { n: number }).n;

describe('evidence text', () => {
  it('keeps the pages of a file as they were given, replaced whole when read again', async () => {
    const { vault, order } = await sampleVault();
    const pages = [ocrPage(1, 'ПОСТАНОВЛЕНИЕ об экстрадиции'), ocrPage(2, 'обвиняемого Токарева по ст. 207.3 УК РК')];
    vault.transaction((db) => saveEvidenceText(db, order.blobId, pages, 1));
    expect(evidenceTextOf(vault.db, order.blobId)).toEqual(pages);

    vault.transaction((db) => saveEvidenceText(db, order.blobId, [ocrPage(1, 'Қаулы')], 2));
    expect(evidenceTextOf(vault.db, order.blobId)).toEqual([ocrPage(1, 'Қаулы')]);
    expect(count(vault, 'SELECT count(*) AS n FROM evidence_text_pages')).toBe(1);
    expect(count(vault, 'SELECT count(*) AS n FROM evidence_text_index')).toBe(1);

    // A file read and found to hold no text is read, not waiting to be read.
    vault.transaction((db) => saveEvidenceText(db, order.blobId, [], 2));
    expect(evidenceTextOf(vault.db, order.blobId)).toEqual([]);
    expect(blobsWithoutText(vault.db, null, 2).map((blob) => blob.blobId)).not.toContain(order.blobId);
    vault.close();
  });

  it('lists the files not read yet, or read by an older reader, with the languages to read them in', async () => {
    const { vault, caseId, order, photo, statement } = await sampleVault();
    expect(blobsWithoutText(vault.db, caseId, 1)).toEqual([
      { blobId: photo.blobId, evidenceIds: [photo.id], mediaType: 'image/png', languages: ['rus'] },
      { blobId: order.blobId, evidenceIds: [order.id], mediaType: 'application/pdf', languages: ['rus'] },
      { blobId: statement.blobId, evidenceIds: [statement.id], mediaType: 'text/plain', languages: ['kaz'] },
    ]);

    vault.transaction((db) => {
      saveEvidenceText(db, photo.blobId, [ocrPage(1, 'Пикет')], 1);
      saveEvidenceText(db, order.blobId, [ocrPage(1, 'Постановление')], 2);
      // Without its own language, an item is read in its case's languages (en, ru).
      updateManyEvidence(db, [statement.id], { language: null });
    });
    expect(blobsWithoutText(vault.db, caseId, 1).map(({ blobId, languages }) => ({ blobId, languages }))).toEqual([{ blobId: statement.blobId, languages: ['eng', 'rus'] }]);
    expect(blobsWithoutText(vault.db, caseId, 2).map((blob) => blob.blobId)).toEqual([photo.blobId, statement.blobId]);
    expect(blobsWithoutText(vault.db, 'another case', 1)).toEqual([]);
    vault.close();
  });

  it('reads a file in Russian, Kazakh and English when neither it nor its case names a language', async () => {
    const { vault, caseId, statement } = await sampleVault({ case: { ...sampleCase.case, languages: [] } });
    vault.transaction((db) => updateManyEvidence(db, [statement.id], { language: null }));
    expect(blobsWithoutText(vault.db, caseId, 1).find((blob) => blob.blobId === statement.blobId)?.languages).toEqual(['rus', 'kaz', 'eng']);
    expect(tesseractLanguages(['kk', 'ru-KZ', 'en-GB', 'fr', 'xx', 'ru'])).toEqual(['kaz', 'rus', 'eng', 'fra']);
    vault.close();
  });

  it('drops the text of a removed file, and its index entries, and keeps no text for a blob nothing refers to', async () => {
    const { vault, order, photo } = await sampleVault();
    vault.transaction((db) => {
      saveEvidenceText(db, order.blobId, [ocrPage(1, 'Токарев'), ocrPage(2, 'Садықова')], 1);
      saveEvidenceText(db, photo.blobId, [ocrPage(1, 'Пикет')], 1);
    });
    expect(count(vault, 'SELECT count(*) AS n FROM evidence_text_index')).toBe(3);

    await removeEvidenceFiles(vault, [order.id]);
    expect(evidenceTextOf(vault.db, order.blobId)).toEqual([]);
    expect(count(vault, `SELECT count(*) AS n FROM evidence_texts WHERE blob_id = '${order.blobId}'`)).toBe(0);
    expect(count(vault, 'SELECT count(*) AS n FROM evidence_text_pages')).toBe(1);
    expect(count(vault, 'SELECT count(*) AS n FROM evidence_text_index')).toBe(1);
    expect(count(vault, "SELECT count(*) AS n FROM evidence_text_index WHERE evidence_text_index MATCH 'tokarev OR sadikova'")).toBe(0);

    // Text arriving for a file removed while it was being read has nothing to belong to.
    vault.transaction((db) => saveEvidenceText(db, order.blobId, [ocrPage(1, 'Токарев')], 1));
    expect(count(vault, 'SELECT count(*) AS n FROM evidence_text_pages')).toBe(1);
    vault.close();
  });

  it('makes a word found only in a file\'s text findable, naming the page, until the file is removed', async () => {
    const { vault, caseId, order } = await sampleVault();
    const pages = (query: string) => search(vault.db, query, { caseId }).filter((hit) => hit.page !== undefined).map((hit) => [hit.entityId, hit.page]);
    expect(pages('Токарев')).toEqual([]);
    vault.transaction((db) =>
      saveEvidenceText(db, order.blobId, [
        ocrPage(1, 'ПОСТАНОВЛЕНИЕ об экстрадиции, дело 207 от 3 марта'),
        ocrPage(2, 'обвиняемого Токарева А.Б. по ст. 207.3 УК РК'),
        ocrPage(3, 'Садықованың өтініші қабылданбады'),
      ], 1),
    );
    for (const query of ['Токарев', 'Tokarev', 'токарева', 'Tokareva', '207.3', 'Токарев 207.3']) expect(pages(query), query).toEqual([[order.id, 2]]);
    expect(pages('Sadykova')).toEqual([[order.id, 3]]);
    expect(pages('207')).toEqual([[order.id, 2], [order.id, 1]]);
    const [hit] = search(vault.db, 'Tokarev', { caseId });
    expect(hit).toEqual({ entity: 'evidence', entityId: order.id, caseId, title: 'Extradition order', page: 2, snippet: 'обвиняемого [Токарева] А.Б. по ст. 207.3 УК РК' });

    await removeEvidenceFiles(vault, [order.id]);
    for (const query of ['Токарев', 'Tokarev', '207.3', 'Sadykova', 'экстрадиции']) expect(pages(query), query).toEqual([]);
    vault.close();
  });
});
