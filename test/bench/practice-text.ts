// The words of the synthetic practice: people, places, agencies and sentences in Russian, Kazakh
// and English, written the way case files mix them (a name in Latin letters and in the original
// Cyrillic, Kazakh letters such as Ә, Қ, Ң, Ө, Ұ, Ү, Һ, І). Everything is fictional.
import type { Random } from '../../src/demo/fake-documents/random.js';

export type Gender = 'f' | 'm';
export type TextLanguage = 'ru' | 'kk' | 'en';

/** A name as the passport writes it (Latin) and in the person's own script. */
export interface Name {
  latin: string;
  native: string;
}

export interface Person {
  gender: Gender;
  given: Name;
  surname: Name;
  full: Name;
  nationality: Nationality;
}

type Pair = readonly [latin: string, native: string];
type Nationality = 'KZ' | 'KG' | 'UZ' | 'TJ' | 'RU' | 'BY';

const givenNames: Record<Nationality, Record<Gender, readonly Pair[]>> = {
  KZ: {
    f: [['Aigerim', 'Әйгерім'], ['Zhanar', 'Жанар'], ['Gulnar', 'Гүлнар'], ['Aliya', 'Әлия'], ['Ulzhan', 'Ұлжан'], ['Inkar', 'Іңкәр'], ['Saule', 'Сәуле'], ['Dinara', 'Динара']],
    m: [['Nurlan', 'Нұрлан'], ['Kairat', 'Қайрат'], ['Dauren', 'Дәурен'], ['Askar', 'Асқар'], ['Serik', 'Серік'], ['Galym', 'Ғалым'], ['Omirzak', 'Өмірзақ'], ['Yerlan', 'Ерлан'], ['Bauyrzhan', 'Бауыржан']],
  },
  KG: {
    f: [['Aizhan', 'Айжан'], ['Cholpon', 'Чолпон'], ['Nurzhan', 'Нуржан'], ['Begimai', 'Бегимай']],
    m: [['Bekzhan', 'Бекжан'], ['Azamat', 'Азамат'], ['Temirlan', 'Темирлан'], ['Ulan', 'Улан']],
  },
  UZ: {
    f: [['Shakhlo', 'Шахло'], ['Dilnoza', 'Дилноза'], ['Zarina', 'Зарина']],
    m: [['Farrukh', 'Фаррух'], ['Rustam', 'Рустам'], ['Akhmet', 'Ахмет'], ['Jasur', 'Жасур']],
  },
  TJ: {
    f: [['Firuza', 'Фируза'], ['Mohira', 'Мохира']],
    m: [['Daler', 'Далер'], ['Sukhrob', 'Сухроб'], ['Umed', 'Умед']],
  },
  RU: {
    f: [['Natalya', 'Наталья'], ['Olga', 'Ольга'], ['Ekaterina', 'Екатерина'], ['Yulia', 'Юлия'], ['Irina', 'Ирина']],
    m: [['Dmitry', 'Дмитрий'], ['Aleksei', 'Алексей'], ['Sergei', 'Сергей'], ['Mikhail', 'Михаил'], ['Andrei', 'Андрей']],
  },
  BY: {
    f: [['Sviatlana', 'Святлана'], ['Volha', 'Вольга'], ['Maryia', 'Марыя']],
    m: [['Ales', 'Алесь'], ['Siarhei', 'Сяргей'], ['Pavel', 'Павел']],
  },
};

/** Surname stems; the -ov/-ova ending follows the person's gender. */
const surnameStems: Record<Nationality, readonly Pair[]> = {
  KZ: [['Sadyk', 'Садық'], ['Zhaksylyk', 'Жақсылық'], ['Kasym', 'Қасым'], ['Abdrakhman', 'Әбдірахман'], ['Nurgali', 'Нұрғали'], ['Tokhtar', 'Тоқтар'], ['Sarsenbai', 'Сәрсенбай'], ['Ongar', 'Оңғар'], ['Beisen', 'Бейсен']],
  KG: [['Asanbek', 'Асанбек'], ['Sadyr', 'Садыр'], ['Toktogul', 'Токтогул'], ['Osmon', 'Осмон']],
  UZ: [['Rakhim', 'Рахим'], ['Yusup', 'Юсуп'], ['Karim', 'Карим'], ['Tursun', 'Турсун']],
  TJ: [['Sharip', 'Шарип'], ['Nazar', 'Назар'], ['Davlat', 'Давлат']],
  RU: [['Ivan', 'Иван'], ['Smirn', 'Смирн'], ['Kuznets', 'Кузнец'], ['Petr', 'Петр'], ['Volk', 'Волк']],
  BY: [['Kazlov', 'Казлоў'], ['Marozau', 'Марозаў'], ['Navumchyk', 'Навумчык']],
};

const nationalities: readonly (readonly [Nationality, number])[] = [['KZ', 40], ['KG', 12], ['UZ', 14], ['TJ', 8], ['RU', 16], ['BY', 10]];

function surname(stem: Pair, nationality: Nationality, gender: Gender): Name {
  if (nationality === 'BY' && (stem[0].endsWith('au') || stem[0].endsWith('ov') || stem[0].endsWith('chyk'))) {
    return { latin: stem[0] + (gender === 'f' ? 'a' : ''), native: stem[1] + (gender === 'f' ? 'а' : '') };
  }
  return gender === 'f' ? { latin: `${stem[0]}ova`, native: `${stem[1]}ова` } : { latin: `${stem[0]}ov`, native: `${stem[1]}ов` };
}

/** The father's name: Kazakh -uly/-kyzy, otherwise the Russian -ovich/-ovna. */
function patronymic(father: Pair, nationality: Nationality, gender: Gender): Name {
  if (nationality === 'KZ') {
    return gender === 'f' ? { latin: `${father[0]} kyzy`, native: `${father[1]}қызы` } : { latin: `${father[0]} uly`, native: `${father[1]}ұлы` };
  }
  return gender === 'f' ? { latin: `${father[0]}ovna`, native: `${father[1]}овна` } : { latin: `${father[0]}ovich`, native: `${father[1]}ович` };
}

export function person(random: Random, nationality: Nationality = random.weighted(nationalities)): Person {
  const gender: Gender = random.chance(0.45) ? 'f' : 'm';
  const given = random.pick(givenNames[nationality][gender]);
  const father = random.pick(givenNames[nationality].m);
  const family = surname(random.pick(surnameStems[nationality]), nationality, gender);
  const middle = patronymic(father, nationality, gender);
  return {
    gender,
    nationality,
    given: { latin: given[0], native: given[1] },
    surname: family,
    full: { latin: `${given[0]} ${middle.latin} ${family.latin}`, native: `${given[1]} ${middle.native} ${family.native}` },
  };
}

export const places: readonly Pair[] = [
  ['Almaty', 'Алматы'], ['Astana', 'Астана'], ['Karaganda', 'Қарағанды'], ['Oskemen', 'Өскемен'], ['Shymkent', 'Шымкент'],
  ['Aktobe', 'Ақтөбе'], ['Zhanaozen', 'Жаңаөзен'], ['Bishkek', 'Бишкек'], ['Osh', 'Ош'], ['Tashkent', 'Ташкент'],
  ['Dushanbe', 'Душанбе'], ['Khorog', 'Хорог'], ['Minsk', 'Минск'], ['Hrodna', 'Гродно'], ['Moscow', 'Москва'],
  ['Orenburg', 'Оренбург'], ['Grozny', 'Грозный'], ['Istanbul', 'Стамбул'], ['Tbilisi', 'Тбилиси'], ['Vilnius', 'Вильнюс'],
  ['Dubai', 'Дубай'], ['Warsaw', 'Варшава'],
];

export const countries: Record<Nationality, Name> = {
  KZ: { latin: 'Kazakhstan', native: 'Қазақстан' },
  KG: { latin: 'Kyrgyzstan', native: 'Кыргызстан' },
  UZ: { latin: 'Uzbekistan', native: 'Ўзбекистон' },
  TJ: { latin: 'Tajikistan', native: 'Тоҷикистон' },
  RU: { latin: 'Russia', native: 'Россия' },
  BY: { latin: 'Belarus', native: 'Беларусь' },
};

export const agencies: readonly string[] = [
  'National Security Committee (KNB)', 'Комитет национальной безопасности (КНБ)', 'ГКНБ Кыргызской Республики',
  'Генеральная прокуратура', 'Федеральная служба безопасности (ФСБ)', 'State Security Service (SGB)', 'ГУБОПиК МВД',
  'Interpol National Central Bureau', 'Департамент полиции г. Алматы', 'Бас прокуратура',
];

export const charges: readonly { article: string; code: string; text: string }[] = [
  { article: '274', code: 'Criminal Code of Kazakhstan', text: 'Dissemination of knowingly false information' },
  { article: '174', code: 'Уголовный кодекс РК', text: 'Возбуждение социальной, национальной, родовой, расовой, сословной или религиозной розни' },
  { article: '405', code: 'Criminal Code of Kazakhstan', text: 'Participation in an extremist organisation' },
  { article: '342', code: 'Уголовный кодекс Республики Беларусь', text: 'Организация и подготовка действий, грубо нарушающих общественный порядок' },
  { article: '207.3', code: 'Уголовный кодекс РФ', text: 'Публичное распространение заведомо ложной информации об использовании Вооруженных Сил' },
  { article: '338', code: 'Уголовный кодекс РФ', text: 'Дезертирство' },
  { article: '244', code: 'Criminal Code of Uzbekistan', text: 'Production or distribution of materials threatening public security' },
];

const sentences: Record<TextLanguage, readonly string[]> = {
  ru: [
    'Сотрудники {agency} задержали заявителя у дома в городе {place} без предъявления постановления.',
    'В ходе допроса следователь требовал назвать участников пикета и угрожал уголовным преследованием родственников.',
    'Постановление о возбуждении уголовного дела вынесено по статье {article} на основании публикаций в мессенджере.',
    'Генеральная прокуратура направила запрос об экстрадиции, сославшись на международный розыск через Интерпол.',
    'Адвокат не был допущен к подзащитному в течение первых семидесяти двух часов содержания под стражей.',
    'Медицинское освидетельствование зафиксировало гематомы на предплечьях и следы наручников.',
    'Суд избрал меру пресечения в виде заключения под стражу заочно, без уведомления защиты.',
    'Свидетель подтвердил, что заявитель выступал на митинге против мобилизации и был сфотографирован полицией.',
    'Родственникам заявителя вручены повестки, в квартире проведен обыск с изъятием ноутбука и телефона.',
    'Дипломатические заверения запрашивающего государства не содержат механизма независимого мониторинга.',
    'Заявитель пересек границу в {place}, где подал ходатайство о предоставлении убежища.',
    'Решение об отказе в статусе беженца обжаловано в административный суд в установленный срок.',
  ],
  kk: [
    'Өтініш беруші {place} қаласында ұлттық қауіпсіздік комитетінің қызметкерлері тарапынан ұсталды.',
    'Тергеуші жауап алу кезінде пикетке қатысқандардың аттарын атауды талап етті.',
    'Сот айыпталушыны сырттай қамауға алу туралы қаулы шығарды.',
    'Қорғаушыға алғашқы үш тәулік бойы клиентімен кездесуге рұқсат берілмеді.',
    'Өтініш берушінің туыстарының үйінде тінту жүргізіліп, ұялы телефон алынды.',
    'Бас прокуратура Интерпол арқылы халықаралық іздеу жариялады.',
    'Куәгер өтініш берушінің митингіде сөз сөйлегенін растады.',
    'Медициналық қорытынды денедегі соққы іздерін тіркеді.',
  ],
  en: [
    'Officers of the {agency} detained the applicant outside her home in {place} without showing a warrant.',
    'During the interrogation the investigator demanded the names of the other protesters and threatened the family.',
    'The criminal case was opened under article {article} on the basis of posts in a messaging channel.',
    'The Prosecutor General requested extradition, relying on an Interpol red notice.',
    'Counsel was refused access to the applicant for the first seventy-two hours of custody.',
    'The forensic medical report records bruising on both forearms consistent with handcuffing.',
    'The court ordered pre-trial detention in absentia without notifying the defence.',
    'A witness confirms that the applicant spoke at the rally against mobilisation and was filmed by police.',
    'The diplomatic assurances provide for no independent monitoring of detention conditions.',
    'The applicant crossed the border at {place} and applied for asylum the same day.',
    'The refusal of refugee status was appealed to the administrative court within the time limit.',
    'Country reports describe systematic ill-treatment of persons returned under extradition requests.',
  ],
};

/** One sentence in the language, with its blanks filled. */
export function sentence(random: Random, language: TextLanguage): string {
  const charge = random.pick(charges);
  return random
    .pick(sentences[language])
    .replace('{agency}', random.pick(agencies))
    .replace('{place}', random.pick(places)[language === 'en' ? 0 : 1])
    .replace('{article}', charge.article);
}

export function paragraph(random: Random, language: TextLanguage, count = random.int(2, 6)): string {
  return Array.from({ length: count }, () => sentence(random, language)).join(' ');
}

type EventType =
  | 'arrest' | 'detention' | 'release' | 'search' | 'interrogation' | 'criminal_case_opened' | 'charge' | 'wanted_listing'
  | 'extradition_request' | 'extradition_order' | 'court_hearing' | 'sentence' | 'ill_treatment' | 'threat' | 'surveillance'
  | 'protest' | 'publication' | 'border_crossing' | 'asylum_application' | 'decision' | 'appeal' | 'other';

/** An event's kind, weighted as they occur in these cases, with titles in Russian and English. */
export const eventKinds: readonly (readonly [{ type: EventType; ru: string; en: string }, number])[] = [
  [{ type: 'protest', ru: 'Участие в пикете в {place}', en: 'Took part in a picket in {place}' }, 8],
  [{ type: 'publication', ru: 'Публикация в Telegram-канале о {topic}', en: 'Post in a Telegram channel about {topic}' }, 8],
  [{ type: 'surveillance', ru: 'Наружное наблюдение у дома в {place}', en: 'Surveillance outside the home in {place}' }, 5],
  [{ type: 'threat', ru: 'Угрозы по телефону от сотрудника {agency}', en: 'Threatening call from an officer of {agency}' }, 6],
  [{ type: 'interrogation', ru: 'Допрос в качестве свидетеля в {place}', en: 'Questioned as a witness in {place}' }, 8],
  [{ type: 'search', ru: 'Обыск в квартире родителей в {place}', en: 'Search of the parents\u2019 flat in {place}' }, 5],
  [{ type: 'criminal_case_opened', ru: 'Возбуждено уголовное дело по ст. {article}', en: 'Criminal case opened under art. {article}' }, 4],
  [{ type: 'charge', ru: 'Предъявлено обвинение по ст. {article}', en: 'Charged under art. {article}' }, 4],
  [{ type: 'arrest', ru: 'Задержание сотрудниками {agency} в {place}', en: 'Arrested by {agency} in {place}' }, 6],
  [{ type: 'detention', ru: 'Содержание в СИЗО г. {place}', en: 'Held in the pre-trial detention centre of {place}' }, 4],
  [{ type: 'ill_treatment', ru: 'Избиение при задержании в {place}', en: 'Beaten during arrest in {place}' }, 4],
  [{ type: 'release', ru: 'Освобождение под подписку о невыезде', en: 'Released on an undertaking not to leave' }, 3],
  [{ type: 'wanted_listing', ru: 'Объявлен в межгосударственный розыск', en: 'Placed on the interstate wanted list' }, 3],
  [{ type: 'extradition_request', ru: 'Запрос об экстрадиции из {place}', en: 'Extradition request sent from {place}' }, 2],
  [{ type: 'court_hearing', ru: 'Судебное заседание в {place}', en: 'Court hearing in {place}' }, 6],
  [{ type: 'border_crossing', ru: 'Пересечение границы в {place}', en: 'Crossed the border at {place}' }, 3],
  [{ type: 'asylum_application', ru: 'Ходатайство об убежище в {place}', en: 'Asylum application lodged in {place}' }, 2],
  [{ type: 'appeal', ru: 'Апелляционная жалоба подана в {place}', en: 'Appeal lodged in {place}' }, 3],
  [{ type: 'other', ru: 'Встреча с правозащитниками в {place}', en: 'Meeting with human-rights monitors in {place}' }, 4],
];

export const topics: readonly string[] = ['мобилизация', 'коррупция в акимате', 'Жаңаөзен', 'пытки в СИЗО', 'выборы', 'Қаңтар оқиғасы', 'mobilisation', 'election fraud'];

export function fill(template: string, random: Random, language: TextLanguage): string {
  return template
    .replace('{place}', random.pick(places)[language === 'en' ? 0 : 1])
    .replace('{agency}', random.pick(agencies))
    .replace('{article}', random.pick(charges).article)
    .replace('{topic}', random.pick(topics));
}

/** Evidence kinds and their titles: what arrives in these cases, Russian originals and English translations. */
export const documentTitles: Record<'court_document' | 'correspondence' | 'country_report' | 'medical_report' | 'statement' | 'media_article' | 'wanted_notice' | 'identity_document', readonly string[]> = {
  court_document: ['Постановление о возбуждении уголовного дела', 'Постановление суда об аресте', 'Приговор', 'Постановление о выдаче', 'Decision of the administrative court', 'Сот қаулысы'],
  correspondence: ['Повестка о вызове на допрос', 'Letter from the Prosecutor General', 'Ответ прокуратуры на жалобу', 'Дипломатические заверения'],
  country_report: ['Country report: torture in pre-trial detention', 'Доклад правозащитного центра', 'Human rights situation report'],
  medical_report: ['Заключение судебно-медицинской экспертизы', 'Medical report on injuries', 'Медициналық қорытынды'],
  statement: ['Witness statement', 'Показания свидетеля', 'Куәгердің түсініктемесі'],
  media_article: ['Статья в независимом издании', 'News article on the arrest', 'Мақала'],
  wanted_notice: ['Ориентировка: розыск', 'Interpol diffusion'],
  identity_document: ['Паспорт (копия)', 'Жеке куәлік (көшірме)', 'Military service card'],
};

/** Search queries that a lawyer types, in both scripts, hits and misses. */
export const searchQueries: readonly { query: string; note: string }[] = [
  { query: 'Sadykova', note: 'Latin surname' },
  { query: 'Садықова', note: 'Kazakh surname, Cyrillic' },
  { query: 'Әйгерім', note: 'Kazakh given name with Ә' },
  { query: 'Қарағанды', note: 'Kazakh place with Қ, ғ' },
  { query: 'Өскемен', note: 'Kazakh place with Ө' },
  { query: 'Жаңаөзен', note: 'Kazakh letters ң, ө' },
  { query: 'Нұрғали', note: 'Kazakh letters ұ, ғ' },
  { query: 'extradition', note: 'common English word' },
  { query: 'экстрадиц', note: 'Russian prefix' },
  { query: 'постановление', note: 'common Russian word' },
  { query: 'Interpol', note: 'word in both scripts' },
  { query: 'Zhaks', note: 'Latin prefix' },
  { query: 'Ахмет дуб', note: 'two prefixes: name and place' },
  { query: 'СИЗО Оренбург', note: 'two Russian words' },
  { query: 'АЛМАТЫ', note: 'upper case folds to lower' },
  { query: 'Şaripov', note: 'diacritic folded' },
  { query: 'ст. 207.3', note: 'article number' },
  { query: 'тергеуші', note: 'Kazakh word' },
  { query: 'torture detention', note: 'two English words' },
  { query: 'Навумчык', note: 'Belarusian surname' },
  { query: 'mobilisation', note: 'English word' },
  { query: 'Tokarev', note: 'Latin name finding Cyrillic (file text)' },
  { query: 'Токарева', note: 'genitive finds the stem' },
  { query: 'постановления', note: 'Russian word ending' },
  { query: 'Садықованың', note: 'Kazakh genitive ending' },
  { query: '207.3', note: 'number with a dot' },
  { query: 'а', note: 'one-letter prefix: matches most rows' },
  { query: 'Quetzalcoatl', note: 'no hit, Latin' },
  { query: 'Щъюзщ', note: 'no hit, Cyrillic' },
];
