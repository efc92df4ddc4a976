// The demo's translations into English of every exhibit not written in it, and of the Kazakh
// statement into Russian, so that the demo passes the pre-flight of every template (a forum
// refuses an exhibit it cannot read). Plain text files, as a translator's Word document saved as
// text would come; each names its translator (demo-case.ts's translators) and, when it covers
// only part of its original, the pages it does. Fictional, like the documents they translate
// (demo-evidence.ts heads each file with the fiction note, as every demo document).
export interface DemoTranslation {
  /** The evidence key of the translation, and of its original. */
  key: string;
  of: string;
  file: string;
  title: string;
  date: string;
  from: string;
  into: string;
  translator: string;
  /** The original's pages it covers, when not all of them. */
  excerpt?: { from: number; to: number };
  text: string;
}

const header = (from: string, excerpt?: string) =>
  `[Translation from ${from}${excerpt ? `; excerpt: ${excerpt}` : ''}]\n\n`;

export const demoTranslations: readonly DemoTranslation[] = [
  {
    key: 'passport-en',
    of: 'passport',
    file: 'passport-en.txt',
    title: 'Foreign passport: English translation of the exit stamp',
    date: '2026-03-13',
    from: 'ru',
    into: 'en',
    translator: 'milner',
    excerpt: { from: 2, to: 2 },
    text: `${header('Russian', 'page 2, the exit stamp; the data page is printed in English as well')}Stamp: Border Service of the FSB of Russia. Checkpoint "Sagarchin". EXIT. 05.05.2023. No. 0417.\n`,
  },
  {
    key: 'telegram-post-en',
    of: 'telegram-post',
    file: 'telegram-post-en.txt',
    title: 'Telegram post «Три дня в яме»: English translation',
    date: '2026-03-13',
    from: 'ru',
    into: 'en',
    translator: 'milner',
    text: `${header('Russian')}Ilets Reporter · 1 June\n\nThree days in a pit.\n\nIn March our company was driven to storm a tree line near Kreminna. Two others and I refused to go without artillery preparation: the day before, nobody from the first group had come back. The battalion commander, Major D., ordered "to deal with the refusers". We were put in a pit behind the dugout: three days, the first day without water; at night they beat us with their boots and rifle butts. They broke my rib.\n\nI am writing this because people are still there. Whoever was in military unit 12345 and saw this, write to me.\n`,
  },
  {
    key: 'case-opening-en',
    of: 'case-opening',
    file: 'case-opening-en.txt',
    title: 'Decision to open criminal case No. 12302530012000087: English translation (page 1)',
    date: '2026-03-13',
    from: 'ru',
    into: 'en',
    translator: 'milner',
    excerpt: { from: 1, to: 1 },
    text: `${header('Russian', 'page 1; the annex on page 2 lists soldiers on leave')}INVESTIGATIVE COMMITTEE OF THE RUSSIAN FEDERATION\nMilitary Investigative Department for the Orenburg Garrison\n\nDECISION to open a criminal case, Orenburg, 19 June 2023\n\nPrivate Yerlan Serikovich Toktarov, born 17 April 1991, called up on mobilisation on 26 September 2022 and serving in military unit 12345, left on sick leave from 10 to 20 April 2023 after treatment in a military hospital. He did not return to the unit by 21 April 2023, did not report the reasons and is absent from his place of residence. According to the border authority, on 5 May 2023 he crossed the state border of the Russian Federation at the Sagarchin checkpoint into the Republic of Kazakhstan.\n\nHis acts show the elements of the crime under article 338(3) of the Criminal Code: desertion committed during mobilisation.\n\nDECIDED: 1. To open criminal case No. 12302530012000087 against Y. S. Toktarov under article 338(3) of the Criminal Code. 2. To take the case into my own proceedings. 3. To send a copy to the military prosecutor of the Orenburg garrison.\n\nInvestigator, Captain of Justice R. A. Mironov\n`,
  },
  {
    key: 'arrest-ruling-en',
    of: 'arrest-ruling',
    file: 'arrest-ruling-en.txt',
    title: 'Orenburg Garrison Military Court, custody in absentia: English translation (pages 1–2)',
    date: '2026-03-13',
    from: 'ru',
    into: 'en',
    translator: 'milner',
    excerpt: { from: 1, to: 2 },
    text: `${header('Russian', 'pages 1–2, the ruling; the company commander’s report on page 3 is not translated')}ORENBURG GARRISON MILITARY COURT · Case material No. 3/2-57/2023\n\nRULING on the choice of custody as a measure of restraint, Orenburg, 14 August 2023\n\nY. S. Toktarov is charged under article 338(3) (desertion during mobilisation) and article 207.3(2)(d) (public dissemination of knowingly false information about the Armed Forces, motivated by political hatred) of the Criminal Code, the latter for a publication of 1 June 2023 in the Telegram channel "Ilets Reporter" about violence by the command of military unit 12345 against soldiers. He was charged in absentia on 12 July 2023 and put on the federal and interstate wanted list on 20 July 2023. According to the company commander's report, he did not hand in his AK-74M rifle when he left on leave.\n\nDefence counsel, appointed by the court, objected that there was no evidence that the accused had been notified of the case.\n\nDECIDED: to remand Y. S. Toktarov in custody for two months from his extradition to, or arrest in, the Russian Federation. Appeal within 3 days.\n\nJudge V. N. Lukin\n`,
  },
  {
    key: 'wanted-notice-en',
    of: 'wanted-notice',
    file: 'wanted-notice-en.txt',
    title: 'Wanted notice: English translation',
    date: '2026-03-13',
    from: 'ru',
    into: 'en',
    translator: 'milner',
    text: `${header('Russian')}MINISTRY OF INTERNAL AFFAIRS OF RUSSIA · Main Directorate for the Orenburg Region\n\nWANTED\n\nTOKTAROV Yerlan Serikovich\nBorn 17.04.1991 in Sol-Iletsk, Orenburg Region. Charged with crimes under article 338(3) and article 207.3(2)(d) of the Criminal Code of the Russian Federation. On the interstate wanted list.\n\nPlease report his whereabouts by calling 102 or at the nearest police station.\n`,
  },
  {
    key: 'mother-audio-en',
    of: 'mother-audio',
    file: 'mother-audio-en.txt',
    title: 'Voice message from his mother: transcript in English translation',
    date: '2026-03-13',
    from: 'ru',
    into: 'en',
    translator: 'milner',
    text: `${header('Russian, from the sound recording')}[Gulnar Toktarova, voice message, February 2024]\n\nYerlan, my son, two men came again today. They said they were from the FSB. They asked where you are and whether you call me. They said that if you do not come back yourself, it will be worse for you and for all of us, and that they know where Aliya lives. I told them I know nothing. Do not come back. Do not call this number.\n`,
  },
  {
    key: 'medical-report-en',
    of: 'medical-report',
    file: 'medical-report-en.txt',
    title: 'Medical report under the Istanbul Protocol: English translation of the findings and conclusion',
    date: '2026-03-14',
    from: 'ru',
    into: 'en',
    translator: 'milner',
    excerpt: { from: 1, to: 1 },
    text: `${header('Russian', 'the findings and the conclusion')}MEDICAL CENTRE "SENIM-MED", Almaty · MEDICAL REPORT on an examination under the Istanbul Protocol, 20 November 2025\n\nExamined: Yerlan Serikovich Toktarov, born 1991, held under extradition arrest in Almaty.\n\nFindings: on the back of the chest, on the left, three linear hyperpigmented scars 4, 6 and 7 cm long. Chest X-ray of 19.11.2025: consolidated fracture of the left seventh rib with moderate callus, more than a year old. Persistent symptoms of re-experiencing, avoidance and hyperarousal meeting the criteria of post-traumatic stress disorder.\n\nCONCLUSION: the scars and the consolidated rib fracture are highly consistent with the mechanism of injury the examined person describes: blows with blunt objects (boots, a rifle butt) in March 2023.\n\nForensic medical expert A. R. Kim\n`,
  },
  {
    key: 'statement-en',
    of: 'statement',
    file: 'statement-en.txt',
    title: 'Statement of the applicant: English translation',
    date: '2026-03-14',
    from: 'kk',
    into: 'en',
    translator: 'nurpeisova',
    text: `${header('Kazakh')}STATEMENT OF THE APPLICANT\n\nI, Yerlan Serikuly Toktarov, was born on 17 April 1991 in Sol-Iletsk, Orenburg Region. I am a citizen of Russia and a Kazakh by nationality.\n\nFrom 2019 I ran the Telegram channel "Ilets Reporter", writing about the local authorities and the pollution from the salt mine.\n\nOn 27 February 2022 I stood in a one-person picket in Orenburg holding a sign "No to war". The police detained me, and later a court fined me 30,000 roubles.\n\nOn 26 September 2022 I was handed a mobilisation summons at my workplace. I was threatened with criminal liability if I refused.\n\nIn March 2023, in the Luhansk region near Kreminna, the battalion commander held me in a pit for three days for refusing to go on an assault. I was beaten at night and given no water on the first day. My rib was broken and scars remain on my back.\n\nAfter the hospital I was sent on leave but did not return to the unit. On 5 May 2023 I crossed into Kazakhstan at the Sagarchin checkpoint.\n\nIn Russia I was charged with desertion and with spreading "false information" about the army. Until the spring of 2024 FSB officers came to my mother's house and threatened her.\n\nOn 7 October 2025 I was detained at a document check in Almaty. I am now in the pre-trial detention centre. I applied for refugee status and was refused.\n\nIf I am returned to Russia, I fear that I will be tortured, imprisoned for a long term, or sent back to the front.\n\nI wrote this statement in my own hand, and it is true.\n\nAlmaty, 3 November 2025\nY. S. Toktarov (signature)\n`,
  },
  {
    key: 'statement-ru',
    of: 'statement',
    file: 'statement-ru.txt',
    title: 'Заявление заявителя: перевод на русский язык',
    date: '2026-03-14',
    from: 'kk',
    into: 'ru',
    translator: 'nurpeisova',
    text: `[Перевод с казахского языка]\n\nЗАЯВЛЕНИЕ ЗАЯВИТЕЛЯ\n\nЯ, Токтаров Ерлан Серикович, родился 17 апреля 1991 года в г. Соль-Илецк Оренбургской области. Гражданин России, по национальности казах.\n\nС 2019 года вёл Telegram-канал «Илецкий репортёр»: писал о местной власти и о загрязнении окрестностей соляным рудником.\n\n27 февраля 2022 года вышел в Оренбурге на одиночный пикет с плакатом «Нет войне». Полиция меня задержала, затем суд назначил штраф 30 000 рублей.\n\n26 сентября 2022 года на работе мне вручили повестку о мобилизации и пригрозили уголовной ответственностью в случае отказа.\n\nВ марте 2023 года в Луганской области, под Кременной, за отказ идти на штурм командир батальона трое суток держал меня в яме. Ночью меня избивали, в первые сутки не давали воды. Мне сломали ребро, на спине остались шрамы.\n\nПосле госпиталя меня отправили в отпуск, но в часть я не вернулся. 5 мая 2023 года через пункт пропуска «Сагарчин» я перешёл в Казахстан.\n\nВ России мне предъявили обвинение в дезертирстве и в распространении «ложной информации» об армии. До весны 2024 года сотрудники ФСБ приходили в дом моей матери и угрожали ей.\n\n7 октября 2025 года меня задержали в Алматы при проверке документов. Сейчас я в следственном изоляторе. Я просил статус беженца, но мне отказали.\n\nЕсли меня вернут в Россию, я боюсь, что меня будут пытать, надолго посадят в тюрьму или снова отправят на фронт.\n\nЭто заявление я написал собственноручно, оно соответствует действительности.\n\nАлматы, 3 ноября 2025 года\nЕ. С. Токтаров (подпись)\n`,
  },
  {
    key: 'asylum-ruling-en',
    of: 'asylum-ruling',
    file: 'asylum-ruling-en.txt',
    title: 'Almaty administrative court, refugee status: English translation of the reasoning and the decision',
    date: '2026-03-14',
    from: 'ru',
    into: 'en',
    translator: 'milner',
    excerpt: { from: 1, to: 2 },
    text: `${header('Russian', 'the reasoning and the operative part')}SPECIALISED INTERDISTRICT ADMINISTRATIVE COURT OF ALMATY · Case No. 7599-26-00-4a/1183\n\nDECISION in the name of the Republic of Kazakhstan, Almaty, 26 February 2026\n\nThe claimant, a citizen of the Russian Federation, applied for refugee status on 20 October 2025, stating that he is persecuted in Russia for his anti-war position. On 23 December 2025 the refugee status commission refused on the ground that he is prosecuted for an ordinary crime, desertion.\n\nThe court agrees with the defendant that prosecution for desertion is not in itself persecution. The claimant's allegations of violence during his service are not objectively confirmed, and the Prosecutor General's Office of the Russian Federation has given guarantees that he will not be subjected to torture or ill-treatment.\n\nDECIDED: to dismiss the claim of Yerlan Serikovich Toktarov against the Migration Service Directorate of the Almaty Police Department. Appeal to the Almaty City Court within one month.\n\nPresiding judge N. K. Yerzhanova\n`,
  },
  {
    key: 'assurances-en',
    of: 'assurances',
    file: 'assurances-en.txt',
    title: 'Diplomatic assurances: English translation',
    date: '2026-03-13',
    from: 'ru',
    into: 'en',
    translator: 'milner',
    text: `${header('Russian')}PROSECUTOR GENERAL'S OFFICE OF THE RUSSIAN FEDERATION · Deputy Prosecutor General\n02.11.2025 No. 81/3-1877-25 · To the Prosecutor General of the Republic of Kazakhstan\n\nOn guarantees in connection with the request for the extradition of Y. S. Toktarov\n\nIn connection with the request for the extradition of Yerlan Serikovich Toktarov, born 17.04.1991, a citizen of the Russian Federation, for criminal prosecution, the Prosecutor General's Office of the Russian Federation guarantees that:\n— he will be prosecuted only for the crimes for which he is extradited;\n— after the trial, and if convicted after serving his sentence, he will be free to leave the Russian Federation;\n— he will not be expelled, handed over or extradited to a third State without the consent of the Republic of Kazakhstan;\n— he will be given every opportunity to defend himself, including the assistance of a lawyer; he will not be subjected to torture, violence or other cruel or degrading treatment or punishment;\n— his prosecution is not aimed at persecuting him on grounds of race, religion, citizenship, nationality or political opinion.\n\nStaff of the diplomatic mission of the Republic of Kazakhstan will be able to visit Y. S. Toktarov in his place of detention.\n\nDeputy Prosecutor General of the Russian Federation P. V. Gromov\n`,
  },
];

/** The translations as CASE.json evidence entries, each after the others of the case. */
export function demoTranslationEvidence() {
  return demoTranslations.map((translation) => ({
    key: translation.key,
    file: translation.file,
    title: translation.title,
    kind: 'translation' as const,
    date: translation.date,
    language: translation.into,
    source: 'Translated for counsel',
    translationOf: translation.of,
    translation: {
      translator: translation.translator,
      sourceLanguage: translation.from,
      targetLanguage: translation.into,
      ...(translation.excerpt ? { excerpt: translation.excerpt } : {}),
    },
  }));
}
