// The synthetic practice as a plan: every client's CASE.json and a description of every evidence
// file, decided from the seed alone. No I/O here; practice-files.ts writes the files.
//
// The practice: regular clients whose evidence is a mix of typed and scanned PDFs (1 to 40 pages),
// phone photos (1 to 12 megapixels), screenshots and typed statements; one large case whose 200
// PDF exhibits reach 1,000 pages (the export benchmark); one 1 GiB file (a phone extraction);
// and an archive of closed cases, records only, that brings the search index to 100,000 rows.
import type { z } from 'zod';
import type { caseImportSchema } from '../../src/shared/import-format.js';
import { Random } from '../../src/demo/fake-documents/random.js';
import {
  agencies,
  charges,
  countries,
  documentTitles,
  eventKinds,
  fill,
  paragraph,
  person,
  places,
  sentence,
  type Person,
  type TextLanguage,
} from './practice-text.js';

export type CaseJson = z.input<typeof caseImportSchema>;
type EventJson = NonNullable<CaseJson['events']>[number];
type EvidenceJson = NonNullable<CaseJson['evidence']>[number];

export interface PracticeSize {
  profile: 'full' | 'quick';
  clients: number;
  /** Timeline events and evidence items across the whole practice, the large case included. */
  events: number;
  evidence: number;
  largeCase: { exhibits: number; minPages: number; events: number };
  bigFileBytes: number;
  /** Rows wanted in the search index; archived cases (records only) make up the difference. */
  searchRows: number;
  /** Distinct scanned-page images; scanned PDFs draw their pages from this pool. */
  scanPool: number;
}

export const practiceSizes: Record<PracticeSize['profile'], PracticeSize> = {
  full: {
    profile: 'full',
    clients: 50,
    events: 5_000,
    evidence: 2_000,
    largeCase: { exhibits: 200, minPages: 1_000, events: 300 },
    bigFileBytes: 1024 ** 3,
    searchRows: 100_000,
    scanPool: 16,
  },
  quick: {
    profile: 'quick',
    clients: 5,
    events: 300,
    evidence: 100,
    largeCase: { exhibits: 12, minPages: 60, events: 40 },
    bigFileBytes: 64 * 1024 ** 2,
    searchRows: 20_000,
    scanPool: 6,
  },
};

/** What one evidence file is; enough to write it deterministically. */
export type FileSpec =
  | { kind: 'pdf'; pages: number; scanned: 'none' | 'all' | 'some'; language: TextLanguage; title: string }
  | { kind: 'photo'; width: number; height: number }
  | { kind: 'screenshot'; language: TextLanguage }
  | { kind: 'statement'; language: TextLanguage; paragraphs: number }
  | { kind: 'big'; bytes: number };

export interface PlannedFile {
  /** Path relative to the practice folder; also the label of the file's random stream. */
  path: string;
  spec: FileSpec;
}

export interface PlannedCase {
  role: 'large' | 'regular' | 'archive';
  /** CASE.json, relative to the practice folder. */
  caseJson: string;
  doc: CaseJson;
  files: PlannedFile[];
}

export interface PracticePlan {
  seed: number;
  size: PracticeSize;
  /** The practice's 50 clients: the large case first. */
  cases: PlannedCase[];
  archive: PlannedCase[];
  bigFile: string;
}

const lawyers = ['Anna Kovalenko', 'Тимур Бекмұхамедов', 'Marie Lefèvre', 'Jonas Schmidt'];

const forums = [
  ['un_cat', 'CAT', 'interim measures against extradition'],
  ['national_asylum', 'ASY', 'asylum claim'],
  ['embassy_humanitarian_visa', 'HV', 'humanitarian visa'],
  ['un_hrc', 'HRC', 'communication to the Human Rights Committee'],
  ['unhcr', 'RSD', 'refugee status determination'],
] as const;

function day(random: Random, fromYear: number, toYear: number): string {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  const dayOfMonth = random.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

function textLanguage(random: Random): TextLanguage {
  return random.weighted([['ru', 50], ['en', 35], ['kk', 15]] as const);
}

function clientJson(random: Random, who: Person): CaseJson['client'] {
  const home = random.pick(places);
  const turkishLatin = who.surname.latin.replace(/^Sh/, 'Ş').replace(/^Kh/, 'H');
  const family = Array.from({ length: random.int(0, 3) }, () => {
    const relative = person(random, who.nationality);
    return { name: relative.full.latin, nameNative: relative.full.native, relation: random.pick(['mother', 'father', 'brother', 'sister', 'spouse']) };
  });
  return {
    fullName: who.full.latin,
    fullNameNative: who.full.native,
    aliases: [`${who.given.native} ${who.surname.native}`, ...(turkishLatin === who.surname.latin ? [] : [`${who.given.latin} ${turkishLatin}`])],
    dateOfBirth: day(random, 1960, 2004),
    placeOfBirth: home[1],
    citizenships: [who.nationality],
    languages: who.nationality === 'KZ' ? ['kk', 'ru'] : ['ru'],
    documents: [{ kind: 'passport', number: `N${random.int(10_000_000, 99_999_999)}`, issuingState: who.nationality, issued: day(random, 2014, 2019), expires: day(random, 2024, 2030) }],
    currentCountry: random.pick(['Kyrgyzstan', 'Georgia', 'Lithuania', 'Germany', 'Türkiye', 'Poland']),
    currentLocation: random.pick(places)[random.int(0, 1)],
    status: random.pick(['detained', 'in_hiding', 'asylum_seeker', 'appeal_pending', 'at_liberty'] as const),
    family,
    notes: sentence(random, textLanguage(random)),
  };
}

function persecutionJson(random: Random, who: Person, forum: string): NonNullable<CaseJson['persecution']> {
  const language = textLanguage(random);
  return {
    grounds: random.sample(['political_opinion', 'religion', 'nationality', 'particular_social_group'] as const, random.int(1, 2)),
    agents: random.sample(agencies, random.int(1, 2)),
    charges: random.sample(charges, random.int(1, 2)).map((charge) => ({ state: who.nationality, ...charge })),
    risks: ['torture in pre-trial detention', 'пытки и бесчеловечное обращение в СИЗО', 'unfair trial'].slice(0, random.int(1, 3)),
    stateProtection: sentence(random, 'en'),
    legalBasis: ['Convention against Torture, art. 3', 'ECHR art. 3', '1951 Refugee Convention, art. 1A(2)'],
    narrative: Array.from({ length: random.int(3, 6) }, () => paragraph(random, language)).join('\n\n'),
    ...(forum === 'un_cat' ? { interimMeasures: paragraph(random, 'en', 2), remediesExhausted: paragraph(random, 'en', 2) } : {}),
  };
}

function eventJson(random: Random, evidenceKeys: readonly string[]): EventJson {
  const kind = random.weighted(eventKinds);
  const language = textLanguage(random);
  const date = day(random, 2014, 2026);
  const precision = random.weighted([['day', 70], ['month', 14], ['year', 5], ['approximate', 6], ['range', 5]] as const);
  const dated =
    precision === 'month' ? { date: date.slice(0, 7), precision } :
    precision === 'year' ? { date: date.slice(0, 4), precision } :
    precision === 'range' ? { date, precision, dateEnd: `${Number(date.slice(0, 4)) + 1}${date.slice(4)}` } :
    { date, precision };
  const place = random.pick(places);
  const linked = evidenceKeys.length > 0 && random.chance(0.4) ? random.sample(evidenceKeys, random.int(1, 2)) : [];
  return {
    ...dated,
    type: kind.type,
    place: place[language === 'en' ? 0 : 1],
    title: fill(language === 'en' ? kind.en : kind.ru, random, language),
    description: paragraph(random, language, random.int(1, 3)),
    ...(random.chance(0.3) ? { actors: [{ name: person(random).full.native, role: random.pick(['следователь', 'investigator', 'судья', 'witness']) }] } : {}),
    evidence: linked,
  };
}

/** File name rules: unique within a client's folder, in the script and style such files really have. */
function fileName(index: number, spec: FileSpec, random: Random): string {
  const number = String(index + 1).padStart(4, '0');
  switch (spec.kind) {
    case 'pdf':
      return `${number}-${spec.scanned === 'all' ? 'scan' : spec.language === 'en' ? 'document' : 'документ'}-${day(random, 2015, 2026)}.pdf`;
    case 'photo':
      return `${number}-IMG_${day(random, 2018, 2026).replace(/-/g, '')}_${random.int(100000, 235959)}.jpg`;
    case 'screenshot':
      return `${number}-Screenshot_${day(random, 2019, 2026)}.png`;
    case 'statement':
      return `${number}-${spec.language === 'kk' ? 'түсініктеме' : spec.language === 'ru' ? 'показания' : 'statement'}.txt`;
    case 'big':
      return 'phone-extraction-2025-03-14.bin';
  }
}

function photoSpec(random: Random): FileSpec {
  const megapixels = 1 + random.next() * 11;
  const long = Math.round(Math.sqrt((megapixels * 1e6 * 4) / 3));
  const short = Math.round((long * 3) / 4);
  return random.chance(0.3) ? { kind: 'photo', width: short, height: long } : { kind: 'photo', width: long, height: short };
}

function regularEvidenceSpec(random: Random): { spec: FileSpec; kind: EvidenceJson['kind']; title: string; translation: boolean } {
  const language = textLanguage(random);
  const choice = random.weighted([['typed', 33], ['scanned', 10], ['mixed', 5], ['photo', 30], ['screenshot', 10], ['statement', 7], ['translation', 5]] as const);
  const documentKind = random.pick(['court_document', 'correspondence', 'country_report', 'medical_report', 'media_article', 'wanted_notice', 'identity_document'] as const);
  const title = random.pick(documentTitles[documentKind]);
  switch (choice) {
    case 'typed':
    case 'scanned':
    case 'mixed': {
      const scanned = choice === 'typed' ? 'none' : choice === 'scanned' ? 'all' : 'some';
      return { spec: { kind: 'pdf', pages: random.skewedInt(1, 40), scanned, language, title }, kind: documentKind, title, translation: false };
    }
    case 'translation':
      return { spec: { kind: 'pdf', pages: random.skewedInt(1, 20), scanned: 'none', language: 'en', title: `${title} (English translation)` }, kind: 'translation', title: `${title} (translation)`, translation: true };
    case 'photo':
      return { spec: photoSpec(random), kind: 'photo', title: fill(random.pick(['Фото: пикет в {place}', 'Photo of the search in {place}', 'Суретке түсірілген тінту, {place}', 'Photo of injuries']), random, language), translation: false };
    case 'screenshot':
      return { spec: { kind: 'screenshot', language }, kind: random.pick(['screenshot', 'social_media_post'] as const), title: fill(random.pick(['Скриншот угроз в WhatsApp', 'Telegram post about {topic}', 'Скриншот переписки со следователем']), random, language), translation: false };
    case 'statement':
      return { spec: { kind: 'statement', language, paragraphs: random.int(3, 40) }, kind: 'statement', title: random.pick(documentTitles.statement), translation: false };
  }
}

interface CaseShape {
  role: PlannedCase['role'];
  index: number;
  events: number;
  /** Evidence specs chosen by the caller (the large case's are all PDFs). */
  evidence: { spec: FileSpec; kind: EvidenceJson['kind']; title: string; translation: boolean }[];
  forum?: (typeof forums)[number];
}

function planCase(seed: number, shape: CaseShape): PlannedCase {
  const label = `${shape.role}-${shape.index}`;
  const random = Random.for(seed, label);
  const who = person(random);
  const forum = shape.forum ?? random.pick(forums);
  const dir = shape.role === 'archive' ? 'archive' : `clients/${String(shape.index + 1).padStart(2, '0')}-${who.surname.latin.toLowerCase()}`;
  const caseJson = shape.role === 'archive' ? `archive/case-${String(shape.index + 1).padStart(4, '0')}.json` : `${dir}/CASE.json`;
  const files: PlannedFile[] = [];
  const evidence: EvidenceJson[] = [];
  shape.evidence.forEach((item, index) => {
    const name = fileName(index, item.spec, random);
    files.push({ path: `${dir}/${name}`, spec: item.spec });
    const key = `e${index + 1}`;
    const original = item.translation ? evidence.filter((entry) => entry.kind !== 'translation' && entry.file.endsWith('.pdf')).at(-1) : undefined;
    evidence.push({
      key,
      file: name,
      title: item.title,
      kind: item.kind,
      date: day(random, 2015, 2026),
      ...(item.spec.kind === 'pdf' || item.spec.kind === 'statement' || item.spec.kind === 'screenshot' ? { language: item.spec.language } : {}),
      source: random.pick(['client', 'counsel in the requesting state', 'court registry', 'family', 'Memorial / HRC archive']),
      description: sentence(random, textLanguage(random)),
      ...(original ? { translationOf: original.key } : {}),
    });
  });
  const keys = evidence.map((item) => item.key);
  const year = random.int(2021, 2026);
  const reference = `${forum[1]}-${year}-${String(shape.index + 1).padStart(4, '0')}${shape.role === 'archive' ? 'A' : ''}`;
  const doc: CaseJson = {
    client: clientJson(random, who),
    case: {
      title: `${who.surname.latin}: ${forum[2]}`,
      forum: forum[0],
      destination: countries[who.nationality].latin,
      reference,
      languages: ['en', 'ru'],
      status: shape.role === 'archive' ? random.pick(['decided', 'closed', 'archived'] as const) : 'active',
      responsibleLawyer: random.pick(lawyers),
      notes: sentence(random, textLanguage(random)),
    },
    events: Array.from({ length: shape.events }, () => eventJson(random, keys)),
    evidence,
    persecution: persecutionJson(random, who, forum[0]),
    deadlines: random.chance(0.5) ? [{ title: 'Submit further observations', due: day(random, 2026, 2027) }] : [],
  };
  return { role: shape.role, caseJson, doc, files };
}

/** Splits `total` into `parts` positive shares of random size. */
function shares(random: Random, total: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.3 + random.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const result = weights.map((weight) => Math.max(1, Math.floor((weight / sum) * total)));
  let missing = total - result.reduce((a, b) => a + b, 0);
  for (let index = 0; missing !== 0; index = (index + 1) % parts) {
    const step = missing > 0 ? 1 : result[index]! > 1 ? -1 : 0;
    result[index] = result[index]! + step;
    missing -= step;
  }
  return result;
}

function largeCaseEvidence(random: Random, size: PracticeSize): CaseShape['evidence'] {
  const exhibits = Array.from({ length: size.largeCase.exhibits }, () => {
    const language = textLanguage(random);
    const kind = random.pick(['court_document', 'correspondence', 'country_report', 'medical_report', 'media_article'] as const);
    const title = random.pick(documentTitles[kind]);
    const scanned = random.weighted([['none', 70], ['all', 20], ['some', 10]] as const);
    return { spec: { kind: 'pdf', pages: random.skewedInt(1, 40, 7), scanned, language, title } satisfies FileSpec, kind, title, translation: false };
  });
  // Top up until the exhibits reach the page count the export benchmark needs.
  let pages = exhibits.reduce((sum, item) => sum + item.spec.pages, 0);
  while (pages < size.largeCase.minPages) {
    const item = random.pick(exhibits);
    if (item.spec.pages < 40) {
      item.spec.pages += 1;
      pages += 1;
    }
  }
  return exhibits;
}

export function planPractice(seed: number, size: PracticeSize): PracticePlan {
  const random = Random.for(seed, 'practice');
  const regularClients = size.clients - 1;
  const regularEvidence = size.evidence - size.largeCase.exhibits - 1;
  const eventShares = shares(random, size.events - size.largeCase.events, regularClients);
  const evidenceShares = shares(random, regularEvidence, regularClients);

  const cases: PlannedCase[] = [
    planCase(seed, { role: 'large', index: 0, events: size.largeCase.events, evidence: largeCaseEvidence(Random.for(seed, 'large-exhibits'), size), forum: forums[0] }),
  ];
  for (let index = 1; index <= regularClients; index += 1) {
    const evidenceRandom = Random.for(seed, `regular-evidence-${index}`);
    const evidence = Array.from({ length: evidenceShares[index - 1]! }, () => regularEvidenceSpec(evidenceRandom));
    if (index === 1) {
      // The 1 GiB file goes first in its case, so the import's memory can be measured around it alone.
      evidence.unshift({ spec: { kind: 'big', bytes: size.bigFileBytes }, kind: 'other', title: 'Forensic image of the applicant\u2019s phone', translation: false });
    }
    cases.push(planCase(seed, { role: 'regular', index, events: eventShares[index - 1]!, evidence }));
  }

  const searchRowsOf = (planned: PlannedCase) => 3 + (planned.doc.events?.length ?? 0) + (planned.doc.evidence?.length ?? 0);
  let rows = cases.reduce((sum, planned) => sum + searchRowsOf(planned), 0);
  const archive: PlannedCase[] = [];
  while (rows < size.searchRows) {
    const events = Random.for(seed, `archive-size-${archive.length}`).int(60, 140);
    const planned = planCase(seed, { role: 'archive', index: archive.length, events, evidence: [] });
    archive.push(planned);
    rows += searchRowsOf(planned);
  }
  const bigFile = cases[1]!.files[0]!.path;
  return { seed, size, cases, archive, bigFile };
}
