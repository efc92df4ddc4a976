// The evidence files of the demo case, generated in code so that the repository holds no
// binaries and every run writes the same bytes. Each file stands for a kind of exhibit the
// dossier export must handle: Russian official PDFs (multi-page A4, a landscape annex, a page
// scanned sideways and turned with /Rotate, an English translation on US Letter, one locked with
// an owner password, one unreadable without a user password), a phone photo stored sideways with
// EXIF orientation 6, a PNG, a two-page TIFF scan, a WebP screenshot, a WAV recording and a
// plain-text statement in Kazakh. Every document says that it is fictional. They are typeset
// and drawn with the fake-document generator (./fake-documents), which the benchmark's practice
// and the test fixtures share.
import { PageSizes } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { readNotoSans, type NotoSansBytes } from './fake-documents/fonts.js';
import { addLandscapeTable, addSidewaysScan, OfficialPdf, type DocumentInfo } from './fake-documents/official-document.js';
import { drawPicture, photoPlaceholder, stackCentred, textLayer, type Placement } from './fake-documents/pictures.js';
import { pcmWav } from './fake-documents/sound.js';
import { demoTranslations } from './demo-translations.js';

export const FICTION_NOTE = 'FICTIONAL DEMO — not a real person';
const FICTION_NOTE_RU = 'ВЫМЫШЛЕННЫЙ ДОКУМЕНТ ДЛЯ ДЕМОНСТРАЦИИ';

/** The evidence file names, which CASE.json refers to. */
export const demoFiles = {
  passportScan: 'passport-scan.tif',
  picketPhoto: 'picket-2022-02-27.png',
  telegramPost: 'telegram-post-2023-06-01.webp',
  caseOpening: 'case-opening-2023-06-19.pdf',
  arrestRuling: 'arrest-in-absentia-2023-08-14.pdf',
  wantedNotice: 'wanted-notice-photo.jpg',
  motherVoiceMessage: 'mother-voice-message.wav',
  medicalReport: 'medical-report-2025-11-20.pdf',
  statement: 'statement-kk.txt',
  asylumRuling: 'administrative-court-ruling-2026-02-26.pdf',
  extraditionOrder: 'постановление-о-выдаче-2026-03-11.pdf',
  extraditionOrderEnglish: 'extradition-order-2026-03-11-en.pdf',
  assurances: 'assurances-2025-11-02.pdf',
  // The translations of the exhibits not in English (demo-translations.ts), one file each.
  ...Object.fromEntries(demoTranslations.map((translation) => [translation.key, translation.file])),
} as const;

/** The password the demo's medical report needs: in the story it was given by phone and lost. */
export const MEDICAL_REPORT_PASSWORD = 'senim-2025-11';

export interface DemoFile {
  name: string;
  bytes: Uint8Array;
}

/** Every evidence file of the demo case, in the order CASE.json lists them. */
export async function generateDemoEvidence(): Promise<DemoFile[]> {
  const fonts = await readNotoSans();
  // One at a time: the encrypted PDFs borrow the process's random source while they save.
  const files: DemoFile[] = [];
  const add = async (name: string, make: () => Promise<Uint8Array> | Uint8Array) => files.push({ name, bytes: await make() });
  await add(demoFiles.passportScan, passportScan);
  await add(demoFiles.picketPhoto, picketPhoto);
  await add(demoFiles.telegramPost, telegramPost);
  await add(demoFiles.caseOpening, () => caseOpeningPdf(fonts));
  await add(demoFiles.arrestRuling, () => arrestRulingPdf(fonts));
  await add(demoFiles.wantedNotice, wantedNoticePhoto);
  await add(demoFiles.motherVoiceMessage, voiceMessageWav);
  await add(demoFiles.medicalReport, () => medicalReportPdf(fonts));
  await add(demoFiles.statement, () => new TextEncoder().encode(statementText));
  await add(demoFiles.asylumRuling, () => asylumRulingPdf(fonts));
  await add(demoFiles.extraditionOrder, () => extraditionOrderPdf(fonts));
  await add(demoFiles.extraditionOrderEnglish, () => extraditionOrderEnglishPdf(fonts));
  await add(demoFiles.assurances, () => assurancesPdf(fonts));
  for (const translation of demoTranslations) await add(translation.file, () => new TextEncoder().encode(`${FICTION_NOTE}\n${translation.text}`));
  return files;
}

// ---------------------------------------------------------------------------------------------
// The documents, typeset by the fake-document generator with the demo's metadata and footer.

/** An official document of the demo: says in its keywords and on every page that it is fictional. */
function demoDocument(fonts: NotoSansBytes, info: Omit<DocumentInfo, 'keywords' | 'creator' | 'producer' | 'footer'>): Promise<OfficialPdf> {
  return OfficialPdf.create(fonts, {
    ...info,
    keywords: [FICTION_NOTE],
    creator: 'Dossier demo case',
    producer: 'Dossier demo case (@cantoo/pdf-lib)',
    footer: `${FICTION_NOTE} · ${FICTION_NOTE_RU}`,
  });
}

// ---------------------------------------------------------------------------------------------
// The Russian criminal case.

async function caseOpeningPdf(fonts: NotoSansBytes): Promise<Uint8Array> {
  const doc = await demoDocument(fonts, {
    title: 'Постановление о возбуждении уголовного дела № 12302530012000087',
    author: 'Военный следственный отдел СК России по Оренбургскому гарнизону',
    subject: `Токтаров Е. С., ч. 3 ст. 338 УК РФ. ${FICTION_NOTE}`,
    language: 'ru',
    date: new Date('2023-06-19T11:40:00+05:00'),
  });
  doc.heading('СЛЕДСТВЕННЫЙ КОМИТЕТ РОССИЙСКОЙ ФЕДЕРАЦИИ', 11);
  doc.heading('ВОЕННОЕ СЛЕДСТВЕННОЕ УПРАВЛЕНИЕ ПО ЦЕНТРАЛЬНОМУ ВОЕННОМУ ОКРУГУ', 11);
  doc.heading('ВОЕННЫЙ СЛЕДСТВЕННЫЙ ОТДЕЛ ПО ОРЕНБУРГСКОМУ ГАРНИЗОНУ', 11);
  doc.rule();
  doc.space(10);
  doc.heading('ПОСТАНОВЛЕНИЕ', 14);
  doc.heading('о возбуждении уголовного дела и принятии его к производству');
  doc.space(6);
  doc.split('г. Оренбург', '19 июня 2023 г.');
  doc.space(6);
  doc.paragraph(
    'Следователь военного следственного отдела Следственного комитета Российской Федерации по Оренбургскому гарнизону капитан юстиции Миронов Р. А., рассмотрев сообщение о преступлении — рапорт командира войсковой части 12345 от 5 мая 2023 года № 1442 о неприбытии в часть военнослужащего, призванного по мобилизации, рядового Токтарова Е. С., —',
  );
  doc.heading('УСТАНОВИЛ:');
  doc.paragraph(
    'Рядовой Токтаров Ерлан Серикович, 17 апреля 1991 года рождения, призванный на военную службу по мобилизации военным комиссариатом города Соль-Илецк и Соль-Илецкого района Оренбургской области 26 сентября 2022 года, проходящий военную службу в войсковой части 12345, после лечения в военном госпитале убыл в отпуск по болезни сроком с 10 по 20 апреля 2023 года по месту жительства в г. Соль-Илецк.',
  );
  doc.paragraph(
    'В установленный срок — к 21 апреля 2023 года — Токтаров Е. С. в войсковую часть не прибыл, о причинах неявки командованию не сообщил, по месту жительства отсутствует. Проведёнными розыскными мероприятиями его местонахождение не установлено. Согласно сведениям пограничного органа, 5 мая 2023 года Токтаров Е. С. пересёк государственную границу Российской Федерации через пункт пропуска «Сагарчин» и выехал в Республику Казахстан.',
  );
  doc.paragraph(
    'Таким образом, в действиях Токтарова Е. С. усматриваются признаки преступления, предусмотренного ч. 3 ст. 338 УК РФ, — дезертирство, то есть неявка на службу в целях уклонения от прохождения военной службы, совершённая в период мобилизации.',
  );
  doc.paragraph(
    'Поводом для возбуждения уголовного дела является рапорт об обнаружении признаков преступления, основанием — наличие достаточных данных, указывающих на признаки преступления.',
  );
  doc.paragraph('Учитывая изложенное и руководствуясь п. 3 ч. 1 ст. 140, ст. 145, 146 и ч. 1 ст. 156 УПК РФ,');
  doc.heading('ПОСТАНОВИЛ:');
  doc.paragraph('1. Возбудить уголовное дело в отношении Токтарова Ерлана Сериковича по признакам преступления, предусмотренного ч. 3 ст. 338 УК РФ. Уголовному делу присвоить № 12302530012000087.');
  doc.paragraph('2. Уголовное дело принять к своему производству и приступить к расследованию.');
  doc.paragraph('3. Копию настоящего постановления направить военному прокурору Оренбургского гарнизона.');
  doc.paragraph('Приложение: выписка из журнала учёта военнослужащих, убывших в отпуск, на 1 л.', { indent: 0, align: 'left' });
  doc.signature(['Следователь военного следственного отдела', 'СК России по Оренбургскому гарнизону', 'капитан юстиции'], 'Р. А. Миронов');
  doc.space(14);
  doc.paragraph(
    'Копия постановления лицу, в отношении которого возбуждено уголовное дело, не вручена в связи с неустановлением его местонахождения. Военный прокурор Оренбургского гарнизона уведомлён 19.06.2023 в 16 ч 20 мин.',
    { size: 9.5, indent: 0 },
  );
  addLandscapeTable(
    doc,
    ['Приложение к постановлению от 19.06.2023', 'ВЫПИСКА из журнала учёта военнослужащих, убывших в отпуск, войсковая часть 12345'],
    [
      { header: '№ п/п', width: 40 },
      { header: 'Воинское звание, фамилия, инициалы', width: 150 },
      { header: 'Вид отпуска', width: 120 },
      { header: 'Дата убытия', width: 75 },
      { header: 'Срок прибытия', width: 75 },
      { header: 'Отметка о прибытии', width: 110 },
      { header: 'Основание', width: 170 },
    ],
    [
      ['14', 'рядовой К*** А. В.', 'основной (частично)', '03.04.2023', '17.04.2023', 'прибыл 17.04.2023', 'приказ командира в/ч 12345 от 31.03.2023 № 91'],
      ['15', 'рядовой Токтаров Е. С.', 'по болезни (после лечения в госпитале)', '10.04.2023', '20.04.2023', 'НЕ ПРИБЫЛ', 'приказ командира в/ч 12345 от 07.04.2023 № 97; справка ВВК № 388'],
      ['16', 'мл. сержант Б*** Р. Р.', 'по семейным обстоятельствам', '12.04.2023', '22.04.2023', 'прибыл 22.04.2023', 'приказ командира в/ч 12345 от 11.04.2023 № 99'],
    ],
  );
  return doc.save();
}

async function arrestRulingPdf(fonts: NotoSansBytes): Promise<Uint8Array> {
  const doc = await demoDocument(fonts, {
    title: 'Постановление об избрании меры пресечения в виде заключения под стражу (заочно)',
    author: 'Оренбургский гарнизонный военный суд',
    subject: `Токтаров Е. С., материал № 3/2-57/2023. ${FICTION_NOTE}`,
    language: 'ru',
    date: new Date('2023-08-14T15:05:00+05:00'),
  });
  doc.heading('ОРЕНБУРГСКИЙ ГАРНИЗОННЫЙ ВОЕННЫЙ СУД', 12);
  doc.rule();
  doc.paragraph('Материал № 3/2-57/2023', { align: 'right', size: 10 });
  doc.heading('ПОСТАНОВЛЕНИЕ', 14);
  doc.heading('об избрании меры пресечения в виде заключения под стражу');
  doc.split('г. Оренбург', '14 августа 2023 г.');
  doc.paragraph(
    'Судья Оренбургского гарнизонного военного суда Лукин В. Н., при помощнике судьи Ершовой О. В., с участием старшего помощника военного прокурора Оренбургского гарнизона майора юстиции Белова А. С., следователя Миронова Р. А., защитника — адвоката Гусевой Т. П., участвующей в деле по назначению в порядке ст. 51 УПК РФ, рассмотрев в открытом судебном заседании ходатайство следователя об избрании меры пресечения в виде заключения под стражу в отношении обвиняемого',
  );
  doc.paragraph(
    'Токтарова Ерлана Сериковича, родившегося 17 апреля 1991 года в г. Соль-Илецк Оренбургской области, гражданина Российской Федерации, со средним профессиональным образованием, женатого, имеющего малолетнего ребёнка, проходящего военную службу по мобилизации в войсковой части 12345, рядового, несудимого,',
  );
  doc.paragraph('обвиняемого в совершении преступлений, предусмотренных ч. 3 ст. 338 и п. «д» ч. 2 ст. 207.3 УК РФ,');
  doc.heading('УСТАНОВИЛ:');
  doc.paragraph(
    '19 июня 2023 года в отношении Токтарова Е. С. возбуждено уголовное дело по признакам преступления, предусмотренного ч. 3 ст. 338 УК РФ. 10 июля 2023 года с ним в одно производство соединено уголовное дело, возбуждённое по признакам преступления, предусмотренного п. «д» ч. 2 ст. 207.3 УК РФ, по факту размещения 1 июня 2023 года в Telegram-канале «Илецкий репортёр» публикации, содержащей, по мнению органа следствия, заведомо ложную информацию о применении командованием войсковой части 12345 насилия к военнослужащим.',
  );
  doc.paragraph(
    '12 июля 2023 года Токтарову Е. С. заочно предъявлено обвинение в совершении указанных преступлений. 20 июля 2023 года он объявлен в федеральный и межгосударственный розыск.',
  );
  doc.paragraph(
    'Согласно рапорту командира роты от 21 апреля 2023 года, при убытии в отпуск Токтаров Е. С. не сдал закреплённое за ним оружие (автомат АК-74М). Сведения о последующем обнаружении оружия в представленных материалах отсутствуют.',
  );
  doc.paragraph(
    'Следователь с согласия руководителя следственного органа ходатайствует об избрании обвиняемому меры пресечения в виде заключения под стражу, поскольку он скрылся от органов предварительного следствия за пределами Российской Федерации. Прокурор ходатайство поддержал. Защитник возражала против его удовлетворения, указав, что сведений о надлежащем уведомлении обвиняемого о возбуждении уголовного дела не имеется, а позиция самого обвиняемого ей неизвестна.',
  );
  doc.paragraph(
    'Исследовав представленные материалы, судья приходит к выводу, что ходатайство подлежит удовлетворению. Токтаров Е. С. обвиняется в совершении особо тяжкого и тяжкого преступлений, за которые предусмотрено наказание в виде лишения свободы на срок свыше трёх лет, скрылся от органов предварительного следствия и объявлен в межгосударственный розыск, что в силу ч. 5 ст. 108 УПК РФ допускает избрание меры пресечения в виде заключения под стражу в отсутствие обвиняемого. Иная, более мягкая мера пресечения не сможет обеспечить его участие в производстве по уголовному делу.',
  );
  doc.paragraph('Руководствуясь ст. 108 УПК РФ, судья');
  doc.heading('ПОСТАНОВИЛ:');
  doc.paragraph(
    'Избрать обвиняемому Токтарову Ерлану Сериковичу меру пресечения в виде заключения под стражу сроком на 2 (два) месяца с момента его экстрадиции на территорию Российской Федерации либо задержания на территории Российской Федерации.',
  );
  doc.paragraph(
    'Постановление может быть обжаловано в апелляционном порядке в Центральный окружной военный суд через Оренбургский гарнизонный военный суд в течение 3 суток со дня его вынесения.',
  );
  doc.signature(['Судья'], 'В. Н. Лукин', ['ОРЕНБУРГСКИЙ ГАРНИЗОННЫЙ ВОЕННЫЙ СУД', 'РФ']);
  addSidewaysScan(doc, [
    { text: 'Командиру войсковой части 12345', size: 11, indent: 420 },
    { text: 'РАПОРТ', bold: true, size: 14, indent: 300 },
    {
      text: 'Докладываю, что рядовой 3 мотострелковой роты Токтаров Ерлан Серикович, убывший 10.04.2023 в отпуск по болезни, в установленный срок (20.04.2023) в подразделение не прибыл. На телефонные звонки не отвечает. По имеющимся сведениям, закреплённое за ним оружие (автомат АК-74М) при убытии в отпуск в комнату хранения оружия не сдано. Прошу организовать розыск военнослужащего.',
      size: 11,
      indent: 30,
    },
    { text: '21.04.2023', size: 11 },
    { text: 'Командир 3 мср старший лейтенант', size: 11 },
    { text: 'Е. Кравец', size: 11, indent: 520 },
    { text: 'Резолюция: «В ВСО по Оренбургскому гарнизону для проверки. 05.05.2023»', size: 10, indent: 30 },
  ]);
  return doc.save();
}

async function assurancesPdf(fonts: NotoSansBytes): Promise<Uint8Array> {
  const doc = await demoDocument(fonts, {
    title: 'Гарантии Генеральной прокуратуры Российской Федерации (Токтаров Е. С.)',
    author: 'Генеральная прокуратура Российской Федерации',
    subject: `Запрос о выдаче № 81/3-1877-25. ${FICTION_NOTE}`,
    language: 'ru',
    date: new Date('2025-11-02T12:00:00+03:00'),
  });
  doc.heading('ГЕНЕРАЛЬНАЯ ПРОКУРАТУРА', 13);
  doc.heading('РОССИЙСКОЙ ФЕДЕРАЦИИ', 13);
  doc.paragraph('ЗАМЕСТИТЕЛЬ ГЕНЕРАЛЬНОГО ПРОКУРОРА', { align: 'center', size: 10 });
  doc.rule();
  doc.split('02.11.2025 № 81/3-1877-25', 'Генеральному Прокурору');
  doc.paragraph('Республики Казахстан', { align: 'right', gapAfter: 18 });
  doc.paragraph('О гарантиях в связи с запросом о выдаче Токтарова Е. С.', { align: 'left', bold: true, indent: 0, gapAfter: 12 });
  doc.paragraph(
    'Генеральная прокуратура Российской Федерации в связи с запросом о выдаче гражданина Российской Федерации Токтарова Ерлана Сериковича, 17.04.1991 г. р., для привлечения к уголовной ответственности гарантирует, что:',
  );
  for (const promise of [
    'он будет привлечён к уголовной ответственности только за те преступления, за совершение которых будет выдан;',
    'по окончании судебного разбирательства, а в случае осуждения — после отбытия наказания, сможет свободно покинуть территорию Российской Федерации;',
    'не будет выслан, передан либо выдан третьему государству без согласия Республики Казахстан;',
    'ему будут обеспечены все возможности для защиты, в том числе помощь адвоката; он не будет подвергаться пыткам, насилию, другому жестокому или унижающему человеческое достоинство обращению или наказанию;',
    'уголовное преследование в отношении него не имеет целью преследование по признакам расы, вероисповедания, гражданства, национальности или политических убеждений.',
  ]) {
    doc.paragraph(`— ${promise}`);
  }
  doc.paragraph(
    'Сотрудникам дипломатического представительства Республики Казахстан будет предоставлена возможность посещать Токтарова Е. С. в месте содержания под стражей.',
  );
  doc.signature(['Заместитель Генерального прокурора', 'Российской Федерации', 'действительный государственный', 'советник юстиции'], 'П. В. Громов');
  return doc.save();
}

// ---------------------------------------------------------------------------------------------
// The proceedings in Kazakhstan.

async function asylumRulingPdf(fonts: NotoSansBytes): Promise<Uint8Array> {
  const doc = await demoDocument(fonts, {
    title: 'Решение по делу № 7599-26-00-4а/1183',
    author: 'Специализированный межрайонный административный суд города Алматы',
    subject: `Токтаров Е. С. к Управлению миграционной службы ДП г. Алматы. ${FICTION_NOTE}`,
    language: 'ru',
    date: new Date('2026-02-26T17:10:00+05:00'),
  });
  doc.heading('АЛМАТЫ ҚАЛАСЫНЫҢ МАМАНДАНДЫРЫЛҒАН АУДАНАРАЛЫҚ ӘКІМШІЛІК СОТЫ', 10.5);
  doc.heading('СПЕЦИАЛИЗИРОВАННЫЙ МЕЖРАЙОННЫЙ АДМИНИСТРАТИВНЫЙ СУД ГОРОДА АЛМАТЫ', 10.5);
  doc.rule();
  doc.paragraph('Дело № 7599-26-00-4а/1183', { align: 'right', size: 10 });
  doc.heading('РЕШЕНИЕ', 14);
  doc.heading('ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН');
  doc.split('26 февраля 2026 года', 'город Алматы');
  doc.paragraph(
    'Специализированный межрайонный административный суд города Алматы в составе председательствующего судьи Ержановой Н. К., при секретаре судебного заседания Оспановой А. М., с участием истца Токтарова Е. С. (посредством видеоконференцсвязи из учреждения), его представителя — адвоката Сейткали Д. М., представителя ответчика Мусина Р. Т., рассмотрев в открытом судебном заседании административное дело по иску Токтарова Ерлана Сериковича к Управлению миграционной службы Департамента полиции города Алматы о признании незаконным и отмене решения об отказе в присвоении статуса беженца,',
  );
  doc.heading('УСТАНОВИЛ:');
  doc.paragraph(
    'Истец, гражданин Российской Федерации, 20 октября 2025 года обратился с ходатайством о присвоении статуса беженца, указав, что в Российской Федерации подвергается преследованию за антивоенную позицию: в 2022 году привлечён к административной ответственности за одиночный пикет, в 2023 году после отказа участвовать в штурме подвергнут насилию со стороны командования, а после публикации об этом в Telegram-канале обвинён в дезертирстве и распространении заведомо ложной информации о Вооружённых Силах Российской Федерации.',
  );
  doc.paragraph(
    'Решением комиссии по вопросам присвоения статуса беженца от 23 декабря 2025 года в присвоении статуса отказано на том основании, что истец преследуется за совершение общеуголовного преступления — дезертирства, а его опасения стать жертвой преследования по политическим мотивам не подтверждены.',
  );
  doc.paragraph(
    'В судебном заседании истец и его представитель иск поддержали. Пояснили, что уголовное преследование за дезертирство в период мобилизации направлено на принуждение истца к участию в военных действиях, осуждённых Генеральной Ассамблеей ООН, а обвинение по ст. 207.3 УК РФ прямо связано с выражением им политического мнения. Представитель сослался на Руководящие принципы УВКБ ООН по международной защите № 10, медицинское заключение от 20 ноября 2025 года о телесных повреждениях истца и доклады органов ООН о применении пыток в местах лишения свободы Российской Федерации.',
  );
  doc.paragraph(
    'Представитель ответчика иск не признал, пояснив, что уклонение от военной службы преследуется по закону в большинстве государств, а доказательств того, что наказание истцу будет назначено несоразмерно строгое или по дискриминационным мотивам, не представлено.',
  );
  doc.paragraph('Выслушав стороны, исследовав материалы дела, суд приходит к следующему.');
  doc.paragraph(
    'Согласно Закону Республики Казахстан «О беженцах» беженцем признаётся иностранец, который в силу обоснованных опасений стать жертвой преследования по признаку расы, вероисповедания, гражданства, национальности, принадлежности к определённой социальной группе или политических убеждений находится вне страны своей гражданской принадлежности и не может пользоваться защитой этой страны или не желает пользоваться такой защитой вследствие таких опасений.',
  );
  doc.paragraph(
    'Суд соглашается с доводами ответчика о том, что привлечение к уголовной ответственности за дезертирство само по себе преследованием не является. Доводы истца о применении к нему насилия в период службы объективного подтверждения не нашли: медицинское заключение составлено спустя более двух лет после указанных событий и не позволяет достоверно установить время и механизм образования повреждений. Кроме того, Генеральной прокуратурой Российской Федерации представлены гарантии соблюдения прав истца.',
  );
  doc.paragraph('При таких обстоятельствах оснований для удовлетворения иска суд не находит.');
  doc.paragraph('Руководствуясь Административным процедурно-процессуальным кодексом Республики Казахстан, суд');
  doc.heading('РЕШИЛ:');
  doc.paragraph(
    'В удовлетворении иска Токтарова Ерлана Сериковича к Управлению миграционной службы Департамента полиции города Алматы о признании незаконным и отмене решения об отказе в присвоении статуса беженца отказать.',
  );
  doc.paragraph(
    'Решение может быть обжаловано и (или) опротестовано в судебную коллегию по административным делам Алматинского городского суда в течение одного месяца со дня изготовления решения в окончательной форме через Специализированный межрайонный административный суд города Алматы.',
  );
  doc.signature(['Председательствующий судья'], 'Н. К. Ержанова', ['АЛМАТЫ ҚАЛАСЫНЫҢ ӘКІМШІЛІК СОТЫ', 'СОТ']);
  // Court systems publish rulings locked against editing and copying, yet open without a password.
  return doc.save({
    userPassword: '',
    ownerPassword: 'demo-court-owner-password',
    algorithm: 'AES-128',
    permissions: { printing: 'highResolution', copying: false, modifying: false, annotating: false, fillingForms: false, documentAssembly: false },
  });
}

async function extraditionOrderPdf(fonts: NotoSansBytes): Promise<Uint8Array> {
  const doc = await demoDocument(fonts, {
    title: 'Постановление о выдаче (экстрадиции) № 2-04-26/118-Э',
    author: 'Генеральная прокуратура Республики Казахстан',
    subject: `Токтаров Е. С. ${FICTION_NOTE}`,
    language: 'ru',
    date: new Date('2026-03-11T16:30:00+05:00'),
  });
  doc.heading('ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ БАС ПРОКУРАТУРАСЫ', 11);
  doc.heading('ГЕНЕРАЛЬНАЯ ПРОКУРАТУРА РЕСПУБЛИКИ КАЗАХСТАН', 11);
  doc.rule();
  doc.heading('ПОСТАНОВЛЕНИЕ', 14);
  doc.heading('о выдаче лица (экстрадиции)');
  doc.split('г. Астана', '11 марта 2026 года');
  doc.paragraph('№ 2-04-26/118-Э', { align: 'right', size: 10 });
  doc.paragraph(
    'Заместитель Генерального Прокурора Республики Казахстан Сапаров Б. Т., рассмотрев материалы экстрадиционной проверки в отношении гражданина Российской Федерации Токтарова Ерлана Сериковича, 17 апреля 1991 года рождения, уроженца г. Соль-Илецк Оренбургской области,',
  );
  doc.heading('УСТАНОВИЛ:');
  for (const paragraph of [
    'Генеральная прокуратура Российской Федерации запросом от 2 ноября 2025 года № 81/3-1877-25 обратилась с просьбой о выдаче Токтарова Е. С. для привлечения к уголовной ответственности по ч. 3 ст. 338 (дезертирство, совершённое в период мобилизации) и п. «д» ч. 2 ст. 207.3 (публичное распространение заведомо ложной информации об использовании Вооружённых Сил Российской Федерации по мотивам политической ненависти) Уголовного кодекса Российской Федерации.',
    'Согласно материалам запроса, 12 июля 2023 года Токтаров Е. С. заочно привлечён в качестве обвиняемого. Постановлением Оренбургского гарнизонного военного суда от 14 августа 2023 года в отношении него заочно избрана мера пресечения в виде заключения под стражу. С 20 июля 2023 года он находится в межгосударственном розыске.',
    '7 октября 2025 года Токтаров Е. С. задержан в г. Алматы сотрудниками Департамента полиции города Алматы. Постановлением следственного судьи Алмалинского районного суда г. Алматы от 9 октября 2025 года он помещён под экстрадиционный арест, срок которого продлён до 8 апреля 2026 года.',
    'В ходе экстрадиционной проверки Токтаров Е. С. вину не признал, пояснил, что покинул воинскую часть после применения к нему насилия командованием, а уголовное преследование связано с его публикациями против войны. Его ходатайство о присвоении статуса беженца оставлено без удовлетворения; решением Специализированного межрайонного административного суда г. Алматы от 26 февраля 2026 года иск об оспаривании отказа оставлен без удовлетворения.',
    'Деяние, предусмотренное ч. 3 ст. 338 УК РФ, является уголовно наказуемым и по законодательству Республики Казахстан. Деяние, предусмотренное п. «д» ч. 2 ст. 207.3 УК РФ, уголовно наказуемым по законодательству Республики Казахстан не является, в связи с чем выдача по данному обвинению невозможна.',
    'Генеральной прокуратурой Российской Федерации представлены гарантии того, что Токтаров Е. С. будет привлечён к уголовной ответственности только за преступление, за которое выдан, не будет подвергнут пыткам, жестокому, бесчеловечному или унижающему достоинство обращению, и ему будет обеспечено право на защиту.',
    'Обстоятельств, исключающих выдачу, не установлено. Сроки давности привлечения к уголовной ответственности не истекли. Токтаров Е. С. гражданином Республики Казахстан не является, статуса беженца не имеет.',
  ]) {
    doc.paragraph(paragraph);
  }
  doc.paragraph(
    'На основании изложенного, руководствуясь Конвенцией о правовой помощи и правовых отношениях по гражданским, семейным и уголовным делам от 22 января 1993 года и Уголовно-процессуальным кодексом Республики Казахстан,',
  );
  doc.heading('ПОСТАНОВИЛ:');
  for (const paragraph of [
    '1. Выдать Генеральной прокуратуре Российской Федерации гражданина Российской Федерации Токтарова Ерлана Сериковича, 17.04.1991 г. р., для привлечения к уголовной ответственности по ч. 3 ст. 338 УК РФ.',
    '2. В выдаче Токтарова Е. С. для привлечения к уголовной ответственности по п. «д» ч. 2 ст. 207.3 УК РФ отказать.',
    '3. Копию постановления вручить Токтарову Е. С. и его защитнику, уведомить Генеральную прокуратуру Российской Федерации.',
    '4. Постановление может быть обжаловано в суд в течение десяти суток со дня вручения его копии.',
  ]) {
    doc.paragraph(paragraph);
  }
  doc.paragraph('Приложение: гарантии Генеральной прокуратуры Российской Федерации от 02.11.2025 № 81/3-1877-25 на 1 л.', {
    indent: 0,
    align: 'left',
    size: 10,
  });
  doc.signature(['Заместитель Генерального Прокурора', 'Республики Казахстан'], 'Б. Т. Сапаров', ['ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ БАС ПРОКУРАТУРАСЫ', 'ҚР БП']);
  doc.space(16);
  doc.paragraph('Копию постановления получил: ____________ Токтаров Е. С.    «12» марта 2026 г.', { indent: 0, align: 'left', size: 10 });
  return doc.save();
}

async function extraditionOrderEnglishPdf(fonts: NotoSansBytes): Promise<Uint8Array> {
  const doc = await demoDocument(fonts, {
    title: 'Extradition order No. 2-04-26/118-E (English translation)',
    author: 'Translated for counsel by Sarah Milner',
    subject: `Translation of the extradition order concerning Y. S. Toktarov. ${FICTION_NOTE}`,
    language: 'en',
    date: new Date('2026-03-13T09:15:00-05:00'),
    pageSize: PageSizes.Letter,
  });
  doc.paragraph('[Translation from Russian]', { align: 'left', indent: 0, size: 10 });
  doc.heading('PROSECUTOR GENERAL’S OFFICE OF THE REPUBLIC OF KAZAKHSTAN', 11);
  doc.rule();
  doc.heading('DECISION', 14);
  doc.heading('on the extradition of a person');
  doc.split('Astana', '11 March 2026');
  doc.paragraph('No. 2-04-26/118-E', { align: 'right', size: 10 });
  doc.paragraph(
    'The Deputy Prosecutor General of the Republic of Kazakhstan, B. T. Saparov, having examined the materials of the extradition inquiry concerning Yerlan Serikovich Toktarov (Ерлан Серикович Токтаров), a citizen of the Russian Federation, born on 17 April 1991 in Sol-Iletsk, Orenburg Oblast,',
  );
  doc.heading('FOUND:');
  for (const paragraph of [
    'By a request of 2 November 2025, No. 81/3-1877-25, the Prosecutor General’s Office of the Russian Federation asked for the extradition of Y. S. Toktarov for prosecution under Article 338(3) (desertion committed during mobilisation) and Article 207.3(2)(d) (public dissemination of knowingly false information about the use of the Armed Forces of the Russian Federation, motivated by political hatred) of the Criminal Code of the Russian Federation.',
    'According to the request, on 12 July 2023 Y. S. Toktarov was charged in absentia. By a ruling of the Orenburg Garrison Military Court of 14 August 2023 he was remanded in custody in absentia. He has been on the interstate wanted list since 20 July 2023.',
    'On 7 October 2025 Y. S. Toktarov was detained in Almaty by officers of the Almaty City Police Department. By a ruling of the investigating judge of the Almaly District Court of Almaty of 9 October 2025 he was placed under extradition arrest, which has been extended until 8 April 2026.',
    'During the extradition inquiry Y. S. Toktarov denied the charges and explained that he left his military unit after his commanders used violence against him, and that the prosecution is connected with his publications against the war. His application for refugee status was rejected; by a decision of the Specialised Interdistrict Administrative Court of Almaty of 26 February 2026 his claim challenging the rejection was dismissed.',
    'The act provided for by Article 338(3) of the Russian Criminal Code is also a criminal offence under the law of the Republic of Kazakhstan. The act provided for by Article 207.3(2)(d) of the Russian Criminal Code is not a criminal offence under the law of the Republic of Kazakhstan; extradition on that charge is therefore impossible.',
    'The Prosecutor General’s Office of the Russian Federation has given assurances that Y. S. Toktarov will be prosecuted only for the offence for which he is extradited, will not be subjected to torture or to cruel, inhuman or degrading treatment, and will be guaranteed the right to a defence.',
    'No circumstances precluding extradition have been established. The limitation period for prosecution has not expired. Y. S. Toktarov is not a citizen of the Republic of Kazakhstan and does not have refugee status.',
  ]) {
    doc.paragraph(paragraph);
  }
  doc.paragraph(
    'On these grounds, and in accordance with the Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Matters of 22 January 1993 and the Criminal Procedure Code of the Republic of Kazakhstan,',
  );
  doc.heading('DECIDED:');
  for (const paragraph of [
    '1. To extradite Yerlan Serikovich Toktarov, a citizen of the Russian Federation, born 17 April 1991, to the Prosecutor General’s Office of the Russian Federation for prosecution under Article 338(3) of the Russian Criminal Code.',
    '2. To refuse the extradition of Y. S. Toktarov for prosecution under Article 207.3(2)(d) of the Russian Criminal Code.',
    '3. To serve a copy of this decision on Y. S. Toktarov and his defence counsel, and to notify the Prosecutor General’s Office of the Russian Federation.',
    '4. This decision may be appealed to a court within ten days of service of its copy.',
  ]) {
    doc.paragraph(paragraph);
  }
  doc.paragraph('Annex: assurances of the Prosecutor General’s Office of the Russian Federation of 2 November 2025, No. 81/3-1877-25, 1 page.', {
    indent: 0,
    align: 'left',
    size: 10,
  });
  doc.paragraph('Deputy Prosecutor General of the Republic of Kazakhstan        [signature]        B. T. Saparov        [round seal]', {
    indent: 0,
    align: 'left',
  });
  doc.space(18);
  doc.paragraph(
    'Translator’s declaration. I, Sarah Milner, translator from Russian into English, declare that the above is a complete and accurate translation of the attached document in Russian, made from a copy provided by counsel on 12 March 2026.',
    { indent: 0, size: 10 },
  );
  doc.signature(['Sarah Milner, translator', 'Boston, Massachusetts, 13 March 2026'], 'Sarah Milner');
  return doc.save();
}

async function medicalReportPdf(fonts: NotoSansBytes): Promise<Uint8Array> {
  const doc = await demoDocument(fonts, {
    title: 'Медицинское заключение: освидетельствование по Стамбульскому протоколу (Токтаров Е. С.)',
    author: 'Медицинский центр «Сенім-Мед», г. Алматы',
    subject: `Конфиденциально. ${FICTION_NOTE}`,
    language: 'ru',
    date: new Date('2025-11-20T18:45:00+05:00'),
  });
  doc.heading('МЕДИЦИНСКИЙ ЦЕНТР «СЕНІМ-МЕД»', 12);
  doc.paragraph('г. Алматы · лицензия № 0000000 (вымышленная)', { align: 'center', size: 9.5 });
  doc.rule();
  doc.heading('МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ', 14);
  doc.heading('по результатам освидетельствования в соответствии со Стамбульским протоколом');
  doc.split('г. Алматы', '20 ноября 2025 г.');
  doc.paragraph(
    'Освидетельствуемый: Токтаров Ерлан Серикович, 1991 г. р., содержащийся под экстрадиционным арестом в учреждении г. Алматы. Освидетельствование проведено 18 ноября 2025 года в медицинской части учреждения по запросу защитника, в присутствии защитника, без присутствия сотрудников учреждения, на русском языке.',
  );
  doc.paragraph(
    'Жалобы: боль в левой половине грудной клетки при физической нагрузке и глубоком вдохе, нарушения сна, повторяющиеся ночные кошмары, тревога при звуке приближающихся шагов.',
  );
  doc.paragraph(
    'Анамнез (со слов освидетельствуемого): в марте 2023 года в районе г. Кременная Луганской области после отказа выполнить приказ о штурме в течение трёх суток содержался в яме глубиной около двух метров, без воды в течение первых суток; ночью его неоднократно избивали ногами и прикладом автомата, преимущественно по спине и левому боку. После этого лечился в военном госпитале с диагнозом «ушиб грудной клетки».',
  );
  doc.paragraph(
    'Объективно: на задней поверхности грудной клетки слева — три линейных гиперпигментированных рубца длиной 4, 6 и 7 см, шириной до 0,4 см, ориентированных косо. В области левого локтевого сустава — округлый атрофический рубец диаметром 1,5 см. Пальпаторно — утолщение и болезненность по ходу VII ребра слева по задней подмышечной линии.',
  );
  doc.paragraph('Рентгенография органов грудной клетки от 19.11.2025: консолидированный перелом VII ребра слева с умеренной костной мозолью, давность — более года.');
  doc.paragraph(
    'Психическое состояние: выявлены устойчивые симптомы повторного переживания, избегания и повышенной возбудимости, соответствующие критериям посттравматического стрессового расстройства (F43.1 по МКБ-10).',
  );
  doc.heading('ЗАКЛЮЧЕНИЕ');
  doc.paragraph(
    'Выявленные рубцы и консолидированный перелом ребра в высокой степени соответствуют (highly consistent) описанному освидетельствуемым механизму травмы — ударам тупым твёрдым предметом. Давность повреждений не противоречит указанному периоду (март 2023 года). Психическое состояние соответствует описанным событиям. Рекомендованы наблюдение психиатра и повторная рентгенография через 6 месяцев.',
  );
  doc.signature(['Врач — судебно-медицинский эксперт', 'высшей категории'], 'А. Р. Ким', ['МЕДИЦИНСКИЙ ЦЕНТР СЕНІМ-МЕД', 'АЛМАТЫ']);
  // Sent by e-mail with a password given by phone; nobody wrote it down, so it cannot be opened.
  return doc.save({ userPassword: MEDICAL_REPORT_PASSWORD, ownerPassword: `${MEDICAL_REPORT_PASSWORD}-owner` });
}

// ---------------------------------------------------------------------------------------------
// Pictures: SVG shapes with text in Noto Sans.

async function picketPhoto(): Promise<Uint8Array> {
  const [width, height] = [1200, 900];
  const windows = Array.from({ length: 6 }, (_, row) =>
    Array.from({ length: 9 }, (_, column) => `<rect x="${40 + column * 125}" y="${70 + row * 70}" width="70" height="44" fill="#6f7f8f" opacity="0.85"/>`).join(''),
  ).join('');
  const shapes = `
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#b8c4d0"/><stop offset="1" stop-color="#e4e9ee"/></linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#sky)"/>
    <rect x="0" y="40" width="${width}" height="470" fill="#c9b79f"/>${windows}
    <rect x="0" y="505" width="${width}" height="395" fill="#dfe4e8"/>
    <path d="M0 640 L${width} 600 L${width} 900 L0 900 Z" fill="#a9afb5"/>
    <g transform="translate(930 420)"><rect x="-22" y="40" width="44" height="120" rx="10" fill="#1f2b45"/><circle cx="0" cy="22" r="18" fill="#d9bfa6"/><rect x="-20" y="0" width="40" height="10" fill="#1f2b45"/><rect x="-18" y="160" width="14" height="60" fill="#1b2236"/><rect x="4" y="160" width="14" height="60" fill="#1b2236"/></g>
    <g transform="translate(560 300)">
      <rect x="-70" y="120" width="140" height="300" rx="26" fill="#3b2f2a"/>
      <circle cx="0" cy="80" r="48" fill="#d8b99c"/><path d="M-50 70 Q0 10 50 70 Z" fill="#6b2430"/>
      <rect x="-62" y="420" width="50" height="150" fill="#262a33"/><rect x="12" y="420" width="50" height="150" fill="#262a33"/>
      <rect x="-230" y="150" width="460" height="230" fill="#fbfbf7" stroke="#2a2a2a" stroke-width="5"/>
      <rect x="-244" y="250" width="24" height="40" rx="10" fill="#d8b99c"/><rect x="220" y="250" width="24" height="40" rx="10" fill="#d8b99c"/>
    </g>
    <rect x="0" y="${height - 60}" width="${width}" height="60" fill="#000000" opacity="0.55"/>`;
  const signTop = await textLayer('НЕТ ВОЙНЕ', { size: 66, bold: true, color: '#b3121b' });
  const signBottom = await textLayer('СОҒЫСҚА ЖОЛ ЖОҚ', { size: 40, bold: true, color: '#1d1d1d' });
  const caption = await textLayer(`Оренбург, ул. Советская · 27.02.2022 · ${FICTION_NOTE}`, { size: 24, color: '#ffffff' });
  const picture = await drawPicture(width, height, shapes, [
    { layer: signTop, top: 478, centreX: 560 },
    { layer: signBottom, top: 580, centreX: 560 },
    { layer: caption, top: height - 46, left: 24 },
  ]);
  return picture.png({ compressionLevel: 9 }).toBuffer();
}

async function wantedNoticePhoto(): Promise<Uint8Array> {
  // Drawn upright, then stored turned a quarter left with EXIF orientation 6, as a phone held
  // sideways saves it: a viewer that ignores EXIF shows it lying on its side.
  const [width, height] = [900, 1200];
  const shapes = `
    <rect width="${width}" height="${height}" fill="#5d4534"/>
    <rect x="92" y="82" width="730" height="1060" fill="#2d2119" opacity="0.5"/>
    <rect x="80" y="70" width="730" height="1060" fill="#f6f4ee"/>
    ${photoPlaceholder(300, 290, 290, 360)}
    <rect x="80" y="1070" width="730" height="60" fill="#f1e3e3"/>`;
  const header: Placement[] = [
    { layer: await textLayer('МВД РОССИИ · ГУ МВД по Оренбургской области', { size: 22, color: '#333333' }), top: 100, centreX: 445 },
    { layer: await textLayer('РАЗЫСКИВАЕТСЯ', { size: 74, bold: true, color: '#b01217' }), top: 160, centreX: 445 },
  ];
  const particulars = stackCentred(445, 668, 14, [
    await textLayer('ТОКТАРОВ', { size: 44, bold: true }),
    await textLayer('Ерлан Серикович', { size: 36 }),
    await textLayer(
      '17.04.1991 г. р., уроженец г. Соль-Илецк Оренбургской области. Обвиняется в совершении преступлений, предусмотренных ч. 3 ст. 338, п. «д» ч. 2 ст. 207.3 УК РФ. Объявлен в межгосударственный розыск 20.07.2023.',
      { size: 21, width: 640, align: 'centre', spacing: 4 },
    ),
    await textLayer('Сведения о местонахождении просьба сообщить по телефону 102 или в ближайший отдел полиции.', {
      size: 21,
      bold: true,
      width: 640,
      align: 'centre',
    }),
  ]);
  const note: Placement = { layer: await textLayer(FICTION_NOTE, { size: 26, bold: true, color: '#b01217' }), top: 1085, centreX: 445 };
  const texts = [...header, ...particulars, note];
  const upright = await drawPicture(width, height, shapes, texts);
  const sideways = await upright.rotate(270).raw().toBuffer({ resolveWithObject: true });
  return sharp(sideways.data, { raw: { width: sideways.info.width, height: sideways.info.height, channels: sideways.info.channels } })
    .jpeg({ quality: 82 })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

async function telegramPost(): Promise<Uint8Array> {
  const [width, height] = [720, 1280];
  const post =
    'Три дня в яме.\n\nВ марте нашу роту погнали на штурм лесополосы под Кременной. Я и ещё двое отказались идти без артподготовки — накануне оттуда не вернулся никто из первой группы. Комбат, майор Д., приказал «разобраться с отказниками». Нас посадили в яму за блиндажом: трое суток, первые сутки без воды, по ночам избивали ногами и прикладом. Сломали мне ребро.\n\nПишу это, потому что там остаются люди. Кто был в в/ч 12345 и видел это — напишите мне.';
  const body = await textLayer(post, { size: 25, width: 560, spacing: 7 });
  const bubbleHeight = body.height + 120;
  const shapes = `
    <rect width="${width}" height="${height}" fill="#cfdcc0"/>
    ${Array.from({ length: 40 }, (_, index) => `<circle cx="${(index * 137) % width}" cy="${(index * 211) % height}" r="${14 + (index % 5) * 4}" fill="#bfcfae" opacity="0.6"/>`).join('')}
    <rect width="${width}" height="112" fill="#517da2"/>
    <path d="M40 56 L60 36 M40 56 L60 76 M40 56 L76 56" stroke="#ffffff" stroke-width="5" stroke-linecap="round"/>
    <circle cx="130" cy="56" r="34" fill="#e17076"/>
    <rect x="270" y="150" width="180" height="40" rx="20" fill="#000000" opacity="0.18"/>
    <rect x="40" y="220" width="${width - 80}" height="${bubbleHeight}" rx="22" fill="#ffffff"/>
    <ellipse cx="${width - 216}" cy="${220 + bubbleHeight - 32}" rx="13" ry="8" fill="none" stroke="#8da3b5" stroke-width="3"/>
    <circle cx="${width - 216}" cy="${220 + bubbleHeight - 32}" r="4" fill="#8da3b5"/>
    <rect x="0" y="${height - 100}" width="${width}" height="100" fill="#ffffff"/>
    <rect x="0" y="${height - 172}" width="${width}" height="52" fill="#000000" opacity="0.5"/>`;
  const picture = await drawPicture(width, height, shapes, [
    { layer: await textLayer('ИР', { size: 28, bold: true, color: '#ffffff' }), top: 37, centreX: 130 },
    { layer: await textLayer('Илецкий репортёр', { size: 30, bold: true, color: '#ffffff' }), top: 18, left: 184 },
    { layer: await textLayer('4 127 подписчиков', { size: 22, color: '#d5e3ef' }), top: 62, left: 184 },
    { layer: await textLayer('1 июня', { size: 22, color: '#ffffff' }), top: 156, centreX: width / 2 },
    { layer: await textLayer('Илецкий репортёр', { size: 24, bold: true, color: '#3a8ac4' }), top: 240, left: 70 },
    { layer: body, top: 285, left: 70 },
    { layer: await textLayer('2,4K   12:47', { size: 20, color: '#8da3b5' }), top: 220 + bubbleHeight - 46, left: width - 196 },
    { layer: await textLayer('ВЫКЛЮЧИТЬ ЗВУК', { size: 24, bold: true, color: '#3a8ac4' }), top: height - 66, centreX: width / 2 },
    { layer: await textLayer(`${FICTION_NOTE} · скриншот`, { size: 22, color: '#ffffff' }), top: height - 160, centreX: width / 2 },
  ]);
  return picture.webp({ quality: 80 }).toBuffer();
}

async function passportScan(): Promise<Uint8Array> {
  // A flatbed scan of the foreign passport: the data page and the page with the exit stamp,
  // saved as one two-page TIFF as office scanners do.
  const [width, height] = [1000, 700];
  const guilloche = Array.from({ length: 9 }, (_, index) => {
    const y = 90 + index * 62;
    return `<path d="M0 ${y} C 160 ${y - 40}, 330 ${y + 40}, 500 ${y} S 840 ${y - 40}, 1000 ${y}" fill="none" stroke="#d9c7cf" stroke-width="2"/>`;
  }).join('');
  const paper = `<rect width="${width}" height="${height}" fill="#f0eadc"/>${guilloche}`;
  const field = async (label: string, value: string, top: number): Promise<Placement[]> => [
    { layer: await textLayer(label, { size: 15, color: '#5a5a66' }), top, left: 330 },
    { layer: await textLayer(value, { size: 25, bold: true, color: '#202028' }), top: top + 19, left: 330 },
  ];
  const dataPage = await drawPicture(width, height, `${paper}${photoPlaceholder(60, 150, 230, 300)}<rect x="0" y="560" width="${width}" height="140" fill="#ffffff" opacity="0.55"/>`, [
    { layer: await textLayer('РОССИЙСКАЯ ФЕДЕРАЦИЯ / RUSSIAN FEDERATION', { size: 24, bold: true, color: '#6b1f2a' }), top: 40, centreX: width / 2 },
    { layer: await textLayer('ПАСПОРТ / PASSPORT', { size: 18, color: '#6b1f2a' }), top: 80, centreX: width / 2 },
    ...(await field('Тип / Type · Код государства / Code of State · Номер паспорта / Passport No.', 'P   RUS   75 4821936', 120)),
    ...(await field('Фамилия / Surname', 'ТОКТАРОВ / TOKTAROV', 185)),
    ...(await field('Имя / Given names', 'ЕРЛАН / ERLAN', 250)),
    ...(await field('Дата рождения / Date of birth · Пол / Sex', '17.04.1991   М/M', 315)),
    ...(await field('Место рождения / Place of birth', 'ОРЕНБУРГСКАЯ ОБЛ. / USSR', 380)),
    ...(await field('Дата выдачи / Date of issue · Дата окончания срока действия / Date of expiry', '29.07.2016   29.07.2026', 445)),
    { layer: await textLayer(`P<RUSTOKTAROV<<ERLAN${'<'.repeat(24)}`, { size: 30, color: '#202028' }), top: 585, left: 40 },
    { layer: await textLayer(`7548219366RUS9104179M2607297${'<'.repeat(14)}04`, { size: 30, color: '#202028' }), top: 635, left: 40 },
    { layer: await textLayer(FICTION_NOTE, { size: 20, bold: true, color: '#c0161d' }), top: 505, left: 330 },
  ]);
  const stampText = await textLayer('ПОГРАНИЧНЫЙ КОНТРОЛЬ\nСАГАРЧИН\n05 05 23\nВЫЕЗД · КПП 0417', { size: 22, bold: true, color: '#5a3c8c', align: 'centre', spacing: 4 });
  const stampSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="${stampText.width + 40}" height="${stampText.height + 40}"><rect x="4" y="4" width="${stampText.width + 32}" height="${stampText.height + 32}" rx="14" fill="none" stroke="#5a3c8c" stroke-width="4"/></svg>`;
  // sharp composites after every other operation, so the stamp is flattened before it is turned.
  const flatStamp = await sharp(Buffer.from(stampSvg)).composite([{ input: stampText.input, top: 20, left: 20 }]).png().toBuffer();
  const stamp = await sharp(flatStamp)
    .rotate(-8, { background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer({ resolveWithObject: true });
  const stampPage = await drawPicture(width, height, paper, [
    { layer: await textLayer('5', { size: 28, color: '#6b1f2a' }), top: 640, centreX: width / 2 },
    { layer: await textLayer('ВИЗЫ / VISAS', { size: 20, color: '#6b1f2a' }), top: 30, centreX: width / 2 },
    { layer: { input: stamp.data, width: stamp.info.width, height: stamp.info.height }, top: 160, left: 520 },
    { layer: await textLayer(FICTION_NOTE, { size: 20, bold: true, color: '#c0161d' }), top: 600, left: 40 },
  ]);
  const pages = await Promise.all([dataPage, stampPage].map((page) => page.png().toBuffer()));
  return sharp(pages, { join: { animated: true } })
    .tiff({ compression: 'lzw', xres: 200 / 25.4, yres: 200 / 25.4 })
    .toBuffer();
}

// ---------------------------------------------------------------------------------------------
// Sound and text.

/**
 * A voice message, as a 16-bit mono PCM WAV: two notification beeps, then four seconds of a
 * voiced sound whose pitch and loudness move like speech. A dossier cannot print sound, so the
 * exporter must list it as an exhibit it did not render.
 */
function voiceMessageWav(): Uint8Array {
  return pcmWav({
    sampleRate: 8000,
    seconds: 4.5,
    comment: `${FICTION_NOTE}; generated sound, not a recording.`,
    sample: (t) => {
      if (t < 0.5) {
        // Two short beeps at the 425 Hz of Russian telephone tones.
        const inBeep = t % 0.25 < 0.15;
        return inBeep ? 0.35 * Math.sin(2 * Math.PI * 425 * t) : 0;
      }
      if (t <= 0.7) return 0;
      const pitch = 210 + 35 * Math.sin(2 * Math.PI * 0.8 * t) + 15 * Math.sin(2 * Math.PI * 3.1 * t);
      const syllables = Math.max(0, Math.sin(2 * Math.PI * 4.2 * t)) ** 2 * (0.6 + 0.4 * Math.sin(2 * Math.PI * 0.45 * t));
      let value = 0;
      for (let harmonic = 1; harmonic <= 6; harmonic++) value += (Math.sin(2 * Math.PI * pitch * harmonic * t) / harmonic) * 0.18 * syllables;
      return value;
    },
  });
}

const statementText = `${FICTION_NOTE}
ОЙДАН ШЫҒАРЫЛҒАН ДЕМО-ҚҰЖАТ — нақты адам емес

ӨТІНІШ БЕРУШІНІҢ МӘЛІМДЕМЕСІ

Мен, Тоқтаров Ерлан Серікұлы, 1991 жылы 17 сәуірде Орынбор облысы Соль-Илецк қаласында туғанмын. Ресей азаматымын, ұлтым — қазақ.

2019 жылдан бастап «Илецкий репортёр» атты Telegram-арнасын жүргіздім: жергілікті билік пен тұз кенішінің айналаны ластауы туралы жаздым.

2022 жылы 27 ақпанда Орынборда жалғыз адамдық пикетке шықтым, қолымда «Соғысқа жол жоқ» деген плакат болды. Полиция мені ұстады, кейін сот 30 000 рубль айыппұл салды.

2022 жылы 26 қыркүйекте жұмыс орнымда маған мобилизация туралы шақыру қағазы берілді. Бас тартсам, қылмыстық жауапкершілікке тартыламын деп қорқытты.

2023 жылы наурызда Луганск облысында, Кременная қаласының маңында, шабуылға барудан бас тартқаным үшін батальон командирі мені үш тәулік шұңқырда ұстады. Мені түнде ұрып-соқты, алғашқы тәулікте су берген жоқ. Қабырғам сынды, арқамда тыртықтар қалды.

Госпитальден кейін демалысқа жіберілдім, бірақ бөлімге қайтпадым. 2023 жылы 5 мамырда Сағарчин өткізу пункті арқылы Қазақстанға өттім.

Ресейде маған дезертирлік және әскер туралы «жалған ақпарат» тарату бойынша айып тағылды. 2024 жылдың көктеміне дейін анамның үйіне ФСБ қызметкерлері келіп, оны қорқытты.

2025 жылы 7 қазанда Алматыда құжат тексеру кезінде ұсталдым. Қазір тергеу изоляторындамын. Босқын мәртебесін сұрадым, бірақ бас тартылды.

Егер мені Ресейге қайтарса, азаптауға ұшыраймын, ұзақ мерзімге түрмеге қамаламын немесе мені қайтадан майданға жібереді деп қорқамын.

Осы мәлімдемені өз қолыммен жаздым, ол шындыққа сай келеді.

Алматы, 2025 жылғы 3 қараша
Е. С. Тоқтаров (қолы)
`;
