// The text of the practice's files as OCR would store it (issue 14): pages of Russian and Kazakh
// legal text (court orders, wanted notices) with names in the cases they take there ("обвиняемого
// Токарева", "Садықованың"), article numbers such as 207.3, and every word boxed, written with
// saveEvidenceText onto the vault's own files, so that search is measured over 100,000 records
// plus 10,000 pages. Seeded like the practice: one seed writes the same pages every run.
import { Random } from '../../src/demo/fake-documents/random.js';
import { saveEvidenceText, type EvidenceTextPage } from '../../src/core/records/evidence-text.js';
import type { SqliteDatabase } from '../../src/core/vault/database.js';
import type { RecognizedLine } from '../../src/shared/recognized-text.js';
import { charges, person, places, sentence, type TextLanguage } from './practice-text.js';
import type { Progress } from './progress.js';

export const textPageCounts = { full: 10_000, quick: 1_000 } as const;

/** Fictional officials whose names the queries look for, as orders write them. */
const officials = [
  { ru: 'следователь Токарев А. В.', genitive: 'Токарева', kk: 'тергеуші Токаревтің' },
  { ru: 'судья Ермекова Г. С.', genitive: 'Ермековой', kk: 'судья Ермекованың' },
  { ru: 'прокурор Жақсылықов Н. Б.', genitive: 'Жақсылықова', kk: 'прокурор Жақсылықовтың' },
];

const headings: Record<Exclude<TextLanguage, 'en'>, readonly string[]> = {
  ru: ['ПОСТАНОВЛЕНИЕ о возбуждении уголовного дела', 'ПОСТАНОВЛЕНИЕ о выдаче', 'ПРИГОВОР именем Республики Казахстан', 'РОЗЫСКНОЕ ДЕЛО', 'ПРОТОКОЛ допроса подозреваемого'],
  kk: ['ҚАУЛЫ қылмыстық іс қозғау туралы', 'СОТ ҮКІМІ', 'ІЗДЕУ ІСІ', 'Күдіктіден жауап алу ХАТТАМАСЫ'],
};

function pageText(random: Random, pageNumber: number): string {
  const language: Exclude<TextLanguage, 'en'> = random.chance(0.65) ? 'ru' : 'kk';
  const accused = person(random);
  const official = random.pick(officials);
  const charge = random.pick(charges);
  const place = random.pick(places)[1];
  const lines = [
    pageNumber === 1 ? random.pick(headings[language]) : `— ${pageNumber} —`,
    `г. ${place}, ${random.int(1, 28)}.${String(random.int(1, 12)).padStart(2, '0')}.20${random.int(15, 26)}`,
    language === 'ru'
      ? `${official.ru}, рассмотрев материалы уголовного дела № ${random.int(1000, 99999)} в отношении ${accused.full.native}, обвиняемого по ст. ${charge.article} УК, по рапорту ${official.genitive},`
      : `${official.kk} ${accused.surname.native}ның ісі бойынша ${charge.article}-бабы бойынша қаулысы,`,
  ];
  const sentences = random.int(12, 22);
  for (let i = 0; i < sentences; i += 1) lines.push(sentence(random, language));
  return lines.join('\n');
}

/** Boxes every word of every line, as OCR's answer holds them (what the page's row stores). */
function ocrLines(text: string, random: Random): RecognizedLine[] {
  return text.split('\n').map((line, row) => {
    let x = 150;
    const y0 = 200 + row * 60;
    const words = line.split(' ').filter(Boolean).map((word) => {
      const x0 = x;
      x += word.length * 22 + 18;
      return { text: word, box: { x0, y0, x1: x0 + word.length * 22, y1: y0 + 42 }, confidence: Math.round(70 + random.next() * 30) };
    });
    return { box: { x0: 150, y0, x1: x, y1: y0 + 42 }, words };
  });
}

/** Writes `count` pages onto the vault's files, a few pages each; returns how many files got text. */
export function addTextPages(db: SqliteDatabase, count: number, seed: number, progress: Progress): { pages: number; files: number; characters: number } {
  const blobs = (db.prepare('SELECT blob_id FROM evidence ORDER BY case_id, position').all() as { blob_id: string }[]).map((row) => row.blob_id);
  if (blobs.length === 0) throw new Error('the vault holds no files to give text to');
  const perFile = Math.ceil(count / blobs.length);
  let written = 0;
  let characters = 0;
  let files = 0;
  for (const blobId of blobs) {
    if (written === count) break;
    const random = Random.for(seed, `text-pages:${blobId}`);
    const pages: EvidenceTextPage[] = [];
    for (let page = 1; page <= perFile && written < count; page += 1, written += 1) {
      const text = pageText(random, page);
      characters += text.length;
      pages.push({ source: 'ocr', page: { page, width: 2480, height: 3508, text, lines: ocrLines(text, random), confidence: 88, languages: ['rus', 'kaz', 'eng'] } });
    }
    saveEvidenceText(db, blobId, pages, 1);
    files += 1;
    progress.every(`text pages: ${written}/${count}`);
  }
  return { pages: written, files, characters };
}
