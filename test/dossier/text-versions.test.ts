// What the lawyer writes in several languages (issue 15, item 5): a case typed in English with
// Russian versions of its texts exports a Russian dossier that prints the Russian ones (read back
// with poppler), the same case without versions prints the English as typed, and the pre-flight
// rule names every text that fell back. Real vault, real CASE.json import, real PDFs.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCase } from '../../src/cli/format.js';
import { exportDossier } from '../../src/core/dossier/export-dossier.js';
import { findTemplate } from '../../src/core/dossier/templates.js';
import { textsInLanguage } from '../../src/core/dossier/text-versions.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { languageVersionRules } from '../../src/core/preflight/language-rules.js';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { search } from '../../src/core/records/search-index.js';
import type { CaseDetail } from '../../src/shared/models.js';
import { textLanguageOf } from '../../src/shared/text-versions.js';
import { DEMO_REFERENCE_DATE } from '../../src/demo/demo-case.js';
import { writeDemoCase } from '../../src/demo/write-demo-case.js';
import { sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const statementEn = 'I organised a picket in Almaty against the mobilisation and was detained the same evening.';
const statementRu = 'Я организовала пикет в Алматы против мобилизации и в тот же вечер была задержана.';

/** The sample case, every text typed in English; with `russian`, each has its Russian version. */
function englishCase(russian: boolean) {
  const ru = <T,>(version: T) => (russian ? { versions: { ru: version } } : {});
  return {
    ...sampleCase,
    case: { ...sampleCase.case, textLanguage: 'en' },
    events: [
      { date: '2022-10', precision: 'month', type: 'protest', place: 'Almaty', title: 'Picket against the mobilisation', evidence: ['photo'], ...ru({ title: 'Пикет против мобилизации' }) },
      {
        date: '2026-11-15',
        precision: 'day',
        type: 'extradition_order',
        place: 'Bishkek',
        title: 'Extradition order by the Prosecutor General',
        description: 'Served in the detention centre without an interpreter.',
        evidence: ['order'],
        ...ru({ title: 'Постановление Генерального прокурора об экстрадиции', description: 'Вручено в изоляторе без переводчика.' }),
      },
    ],
    evidence: [
      { key: 'photo', file: 'picket.png', title: 'Photo of the picket', kind: 'photo', date: '2022-10-05', language: 'ru', ...ru({ title: 'Фотография пикета' }) },
      { key: 'order', file: 'order.pdf', title: 'Extradition order', kind: 'court_document', date: '2026-11-15', language: 'ru', ...ru({ title: 'Постановление об экстрадиции' }) },
    ],
    persecution: {
      ...sampleCase.persecution,
      grounds: [{ ground: 'political_opinion', reasoning: 'She led a public protest against the war.' }],
      narrative: statementEn,
      ...ru({ narrative: statementRu, groundReasoning: { political_opinion: 'Она возглавила публичный протест против войны.' }, risks: ['пытки в следственном изоляторе'] }),
    },
  };
}

async function imported(russian: boolean) {
  const { vault } = await newVault();
  const dir = await tempDir('text-versions-');
  const { caseId } = await importCase(vault, await writeSampleCase(dir, englishCase(russian) as unknown as Partial<typeof sampleCase>));
  return { vault, dir, caseId };
}

/** The dossier's text as poppler reads it, whitespace collapsed. */
function popplerText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/\s+/g, ' ');
}

/** What the pre-flight gives a rule, for a dossier of every item of the case. */
function findingsInput(detail: CaseDetail, language: 'en' | 'ru' | 'fr' = 'ru') {
  return {
    detail,
    template: findTemplate('un-cat-interim-measures')!,
    language,
    today: '2026-12-01',
    now: new Date('2026-12-01T12:00:00Z'),
    translators: [],
    includedEvidenceIds: detail.evidence.map((item) => item.id),
  };
}

function findings(detail: CaseDetail, language: 'en' | 'ru' | 'fr') {
  return languageVersionRules(findingsInput(detail, language));
}

describe('texts in several languages', () => {
  it('prints the Russian versions in a Russian dossier of a case typed in English, and the English as typed in an English one', async () => {
    const { vault, dir, caseId } = await imported(true);
    const ruFile = path.join(dir, 'ru.pdf');
    const result = await exportDossier(vault, caseId, ruFile, { language: 'ru', today: '2026-12-01' });
    const ru = popplerText(ruFile);
    for (const russian of ['Пикет против мобилизации', 'Постановление Генерального прокурора об экстрадиции', 'Вручено в изоляторе без переводчика.', 'Фотография пикета', 'Постановление об экстрадиции', statementRu, 'Она возглавила публичный протест против войны.', 'пытки в следственном изоляторе']) {
      expect(ru).toContain(russian);
    }
    for (const english of ['Picket against the mobilisation', 'Prosecutor General', 'Photo of the picket', 'I organised a picket', 'She led a public protest', 'torture in pre-trial detention']) {
      expect(ru).not.toContain(english);
    }
    expect(result.exhibits.map((exhibit) => exhibit.title)).toEqual(['Фотография пикета', 'Постановление об экстрадиции']);
    expect(findings(getCaseDetail(vault, caseId), 'ru')).toEqual([]);

    const enFile = path.join(dir, 'en.pdf');
    await exportDossier(vault, caseId, enFile, { language: 'en', today: '2026-12-01' });
    const en = popplerText(enFile);
    expect(en).toContain('Picket against the mobilisation');
    expect(en).toContain('I organised a picket in Almaty');
    expect(en).not.toContain('Пикет против мобилизации');
  }, 120_000);

  it('falls back to the text as typed where there is no version, and the pre-flight warns of each', async () => {
    const { vault, dir, caseId } = await imported(false);
    const file = path.join(dir, 'ru.pdf');
    await exportDossier(vault, caseId, file, { language: 'ru', today: '2026-12-01' });
    const text = popplerText(file);
    expect(text).toContain('Picket against the mobilisation');
    expect(text).toContain(statementEn);
    // The words Dossier prints itself are Russian all the same.
    expect(text).toContain('Личное заявление');

    const detail = getCaseDetail(vault, caseId);
    const [picket, order] = detail.events;
    const [photo, orderFile] = detail.evidence;
    const found = findings(detail, 'ru');
    expect(found.map((finding) => [finding.place.view, finding.place.id, finding.values?.field])).toEqual([
      ['timeline', picket!.id, 'title'],
      ['timeline', order!.id, 'title'],
      ['timeline', order!.id, 'description'],
      ['evidence', photo!.id, 'title'],
      ['evidence', orderFile!.id, 'title'],
      ['persecution', undefined, 'narrative'],
      ['persecution', undefined, 'groundReasoning.political_opinion'],
      ['persecution', undefined, 'risks.0'],
    ]);
    for (const finding of found) {
      expect(finding).toMatchObject({ code: 'text.no-version', severity: 'warn', values: { language: 'ru', written: 'en' } });
      expect(finding.place.field).toBe(`versions.ru.${finding.values!.field}`);
    }
    expect(found[0]!.subject).toBe('Picket against the mobilisation');
    // An exhibit left out of the dossier is not reported; a dossier in the case's own language needs no versions.
    expect(languageVersionRules({ ...findingsInput(detail), includedEvidenceIds: [photo!.id] }).filter((finding) => finding.place.view === 'evidence')).toHaveLength(1);
    expect(findings(detail, 'en')).toEqual([]);
  }, 120_000);

  it('finds a word of a version in search, and the CLI\'s show prints the versions', async () => {
    const { vault, caseId } = await imported(true);
    const hits = vault.transaction((db) => search(db, 'изоляторе', { caseId }));
    expect(hits.map((hit) => hit.entity).sort()).toEqual(['event', 'persecution']);

    const shown = formatCase(getCaseDetail(vault, caseId), '2026-12-01').split('\n');
    expect(shown).toContain('  texts typed in en');
    expect(shown).toContain('    ru title: Пикет против мобилизации');
    expect(shown).toContain('    ru description: Вручено в изоляторе без переводчика.');
    expect(shown).toContain('    ru title: Фотография пикета');
    expect(shown).toContain(`  ru narrative: ${statementRu}`);
    expect(shown).toContain('  ru groundReasoning.political_opinion: Она возглавила публичный протест против войны.');
    expect(shown).toContain('  ru risks[1]: пытки в следственном изоляторе');
  });
});

describe('the demo case', () => {
  it('has a Russian version of every text the dossier prints, so that its Russian dossier prints no English typed text', async () => {
    const { vault } = await newVault();
    const dir = await tempDir('text-versions-demo-');
    const { caseId } = await importCase(vault, await writeDemoCase(dir));
    const detail = getCaseDetail(vault, caseId);
    expect(findings(detail, 'ru')).toEqual([]);
    // French has no versions: every text falls back, and is reported.
    expect(findings(detail, 'fr').length).toBeGreaterThan(detail.events.length);

    const file = path.join(dir, 'demo-ru.pdf');
    await exportDossier(vault, caseId, file, { language: 'ru', today: DEMO_REFERENCE_DATE, exhibitIds: [] });
    const text = popplerText(file);
    const ru = textsInLanguage(detail, 'ru').detail;
    // A title wraps in its table cell, beside the place's column: its words are there, not always in one run.
    const printed = new Set(text.split(' '));
    for (const event of ru.events) expect(event.title.split(' ').filter((word) => !printed.has(word)), event.title).toEqual([]);
    expect(text).toContain('Экстрадиционный арест');
    expect(text).toContain('Меня зовут Ерлан Токтаров.');
    expect(text).not.toContain('My name is Yerlan Toktarov.');
    expect(text).not.toContain(detail.events[0]!.title);
    // The dates the request states name their event as the chronology does.
    expect(text).not.toContain('Deputy Prosecutor General orders extradition to Russia');
    expect(text).toContain('(Заместитель Генерального прокурора постановил выдать его России)');
  }, 120_000);
});

describe('the language a case is typed in', () => {
  it('is the one the case states, else guessed from the letters typed and the submission languages', () => {
    expect(textLanguageOf({ textLanguage: 'fr', samples: ['Арест'] })).toBe('fr');
    expect(textLanguageOf({ samples: ['Задержание в аэропорту', 'Arrest'] })).toBe('ru');
    expect(textLanguageOf({ languages: ['ru', 'en'], samples: ['Arrest at the airport'] })).toBe('en');
    expect(textLanguageOf({ languages: ['kk', 'fr-CA'], samples: ['Arrestation à l’aéroport'] })).toBe('fr');
    expect(textLanguageOf({ languages: ['ru'], samples: [] })).toBe('ru');
    expect(textLanguageOf({})).toBe('en');
  });

  it('chooses nothing when the dossier is in the language the texts are typed in', () => {
    const detail = { case: { textLanguage: 'ru', languages: [] }, events: [], evidence: [] } as unknown as CaseDetail;
    expect(textsInLanguage(detail, 'ru')).toEqual({ detail, written: 'ru', fallbacks: [] });
  });
});
