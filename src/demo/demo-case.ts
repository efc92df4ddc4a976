// The demo case: a fictional client in the situation docs/architecture.md describes, written as
// the CASE.json import format. An ethnic Kazakh from Russia's Orenburg region, mobilised in 2022,
// ill-treated for refusing an assault, deserted to Kazakhstan, and now held there under an
// extradition order with days left to ask the UN Committee against Torture for interim measures.
// Dates are fixed around DEMO_REFERENCE_DATE, so that the deadlines look as urgent on every run.
import type { z } from 'zod';
import type { caseImportSchema } from '../shared/import-format.js';
import { demoElements } from './demo-arguments.js';
import { demoFiles, FICTION_NOTE } from './demo-evidence.js';
import { demoRedactionProfiles } from './demo-redaction.js';
import { demoTranslationEvidence } from './demo-translations.js';

export type CaseImportInput = z.input<typeof caseImportSchema>;

/** The "today" the demo case is written for: five days before the extradition order can be enforced. */
export const DEMO_REFERENCE_DATE = '2026-03-16';

export const demoCase: CaseImportInput = {
  // Fictional, as everyone in the demo: the translator of the extradition order, and the
  // interpreter who read the statement back to the client in Russian in detention. Each carries
  // what every template's certificate form prints (address and phone, qualifications).
  translators: [
    {
      id: 'milner',
      name: 'Sarah Milner',
      roles: ['translator'],
      address: '14 Albion Street, Leeds LS1 5ES, United Kingdom',
      phone: '+44 113 496 0731',
      email: 'sarah.milner@example.org',
      qualifications: 'Member of the Chartered Institute of Linguists (MCIL), Russian into English',
      certifiedBy: 'Chartered Institute of Linguists, membership no. 0000000',
      languages: ['ru', 'en'],
    },
    {
      id: 'nurpeisova',
      name: 'Aliya Nurpeisova',
      roles: ['interpreter', 'translator'],
      address: 'Abai Avenue 52, office 12, Almaty 050008, Kazakhstan',
      phone: '+7 727 000 00 00',
      qualifications: 'Court interpreter (Kazakh, Russian, English)',
      certifiedBy: 'Almaty City Court, list of interpreters',
      languages: ['kk', 'ru', 'en'],
    },
  ],
  client: {
    fullName: 'Yerlan Serikovich Toktarov',
    fullNameNative: 'Ерлан Серікұлы Тоқтаров',
    aliases: ['Ерлан Серикович Токтаров', 'Erlan Toktarov', 'Ерлан Тоқтар'],
    dateOfBirth: '1991-04-17',
    placeOfBirth: 'Sol-Iletsk, Orenburg Oblast, RSFSR (USSR)',
    citizenships: ['RU'],
    ethnicity: 'Kazakh',
    religion: 'Sunni Muslim (non-practising)',
    languages: ['ru', 'kk', 'en'],
    documents: [
      { kind: 'Russian foreign passport', number: '75 4821936', issuingState: 'RU', issued: '2016-07-29', expires: '2026-07-29' },
      { kind: 'Russian internal passport', number: '53 11 604218', issuingState: 'RU', issued: '2011-05-05' },
      { kind: 'Military ID (voyenny bilet)', number: 'АН 3318642', issuingState: 'RU', issued: '2010-06-21' },
      { kind: 'Certificate of asylum seeker', number: '000417', issuingState: 'KZ', issued: '2025-10-24' },
    ],
    currentCountry: 'KZ',
    currentLocation: 'Pre-trial detention centre, Almaty (extradition arrest until 2026-04-08)',
    status: 'detained',
    contacts: [
      { kind: 'Counsel in Almaty', value: 'Dana Seitkali, +7 700 000 0000 (fictional)' },
      { kind: 'Wife (Signal)', value: '+7 701 000 0000 (fictional)' },
    ],
    family: [
      {
        name: 'Gulnar Toktarova',
        nameNative: 'Гүлнар Тоқтарова',
        relation: 'mother',
        note: 'Lives in Sol-Iletsk. Visited by officers who said they were from the FSB in early 2024; sent the voice message in the file.',
      },
      {
        name: 'Aliya Toktarova',
        nameNative: 'Әлия Тоқтарова',
        relation: 'wife',
        note: 'Left Russia with their son in June 2023; lives in Aktobe on a temporary residence permit.',
      },
      { name: 'Temirlan Toktarov', nameNative: 'Темірлан Тоқтаров', relation: 'son', note: 'Born 2018.' },
    ],
    notes: `${FICTION_NOTE}. This is the demo case of Dossier: every name, number, document and event in it is invented, though the situation is drawn from public reporting.`,
  },

  // The case's counsel, fictional: the details the US immigration court's cover, the proof of
  // service and the urgent letter print (demo --template us-immigration-court shows them all).
  counsel: {
    name: 'Dana Seitkali',
    firm: 'Steppe Refugee Legal Aid (fictional)',
    address: ['48 Dostyk Avenue, office 12', 'Almaty 050010, Kazakhstan'],
    phone: '+7 727 000 00 00',
    email: 'd.seitkali@example.org',
    eoirId: 'ZZ000000',
    barNumber: 'Almaty City Bar Association, licence no. 00-000',
  },

  case: {
    title: 'Toktarov: interim measures against extradition to Russia',
    forum: 'un_cat',
    // A committee communication is brought against the State that would extradite, not sent to it.
    stateParty: 'KZ',
    destination: 'OHCHR, Geneva',
    reference: 'TK-2026-03',
    otherReferences: [
      { label: 'Extradition order (Prosecutor General of Kazakhstan)', value: '2-04-26/118-Э' },
      { label: 'Administrative court case, Almaty', value: '7599-26-00-4а/1183' },
      { label: 'Russian criminal case', value: '12302530012000087' },
      { label: 'Russian extradition request', value: '81/3-1877-25' },
    ],
    status: 'active',
    responsibleLawyer: 'Dana Seitkali',
    languages: ['en', 'ru'],
    // For the US immigration court template (demo --template us-immigration-court): a made-up number.
    alienNumber: 'A 212-345-678',
    // What the urgent letter and the request for interim measures state (demo --template urgent-interim-measures).
    removal: {
      date: '2026-03-23',
      time: '07:15',
      place: 'Almaty International Airport',
      destination: 'RU',
      manner: 'Scheduled flight to Moscow, handed to a Russian escort on board',
    },
    notes: `${FICTION_NOTE}. Send the request for interim measures before the extradition order becomes enforceable; file the appeal against the order in Almaty in parallel.`,
  },

  events: [
    {
      date: '2019',
      precision: 'year',
      type: 'publication',
      place: 'Sol-Iletsk, Orenburg Oblast, Russia',
      title: 'Starts the Telegram channel «Илецкий репортёр»',
      description:
        'A local news channel on corruption in the district administration and pollution from the salt mine; about 4,000 subscribers by 2022. From February 2022 it also carries anti-war posts.',
    },
    {
      date: '2021-01-23',
      type: 'arrest',
      place: 'Orenburg, Russia',
      title: 'Detained at a rally in support of Alexei Navalny',
      description: 'Held for six hours at the Leninsky district police station; later fined 10,000 roubles under art. 20.2 of the Code of Administrative Offences.',
      actors: [{ name: 'Police of the Leninsky district of Orenburg', role: 'arresting authority' }],
    },
    {
      date: '2022-02-27',
      type: 'protest',
      place: 'Sovetskaya street, Orenburg',
      title: 'Single-person picket against the invasion of Ukraine',
      description: 'Stood with a sign reading «НЕТ ВОЙНЕ / СОҒЫСҚА ЖОЛ ЖОҚ» («No to war» in Russian and Kazakh) for about twenty minutes before police took him away.',
      evidence: ['picket-photo'],
    },
    {
      date: '2022-03-14',
      type: 'sentence',
      place: 'Orenburg',
      title: "Fined 30,000 roubles for 'discrediting the army'",
      description: 'Leninsky District Court of Orenburg, art. 20.3.3 of the Code of Administrative Offences, for the picket of 27 February. A second such offence within a year is a crime under art. 280.3 of the Criminal Code.',
      actors: [{ name: 'Leninsky District Court of Orenburg', role: 'court' }],
    },
    {
      date: '2022-09-26',
      type: 'other',
      place: 'Sol-Iletsk',
      title: 'Mobilisation summons served at his workplace',
      description: 'Handed over by the HR department in the presence of a police officer, five days after the partial mobilisation was announced; he was told that refusing would bring criminal charges.',
      actors: [{ name: 'Military commissariat of Sol-Iletsk and Sol-Iletsk district', role: 'conscripting authority' }],
    },
    {
      date: '2022-10',
      precision: 'month',
      type: 'other',
      place: 'Totskoye training ground, Orenburg Oblast',
      title: 'Enlisted in military unit 12345',
      description: 'Two weeks of training as a rifleman of the 3rd motor rifle company.',
    },
    {
      date: '2023-02',
      precision: 'approximate',
      type: 'other',
      place: 'Luhansk region of Ukraine (occupied)',
      title: 'Deployed to the front near Kreminna',
    },
    {
      date: '2023-03-14',
      precision: 'range',
      dateEnd: '2023-03-17',
      type: 'ill_treatment',
      place: 'Near Kreminna, Luhansk region',
      title: 'Held in a pit for three days for refusing an assault order; beaten',
      description:
        'After he and two others refused to attack a tree line without artillery support, the battalion commander had them put in a pit about two metres deep behind a dugout. No water on the first day; beaten at night with boots and a rifle butt. A rib was broken. Treated afterwards at a military hospital for a "chest contusion".',
      actors: [
        { name: 'Major D., battalion commander, military unit 12345', role: 'perpetrator (ordered the detention)' },
        { name: 'Soldiers of the unit’s commandant platoon', role: 'perpetrators' },
      ],
      evidence: ['medical-report', 'statement'],
    },
    {
      date: '2023-04-20',
      precision: 'after',
      type: 'other',
      place: 'Sol-Iletsk',
      title: 'Does not return to his unit from sick leave',
      description: 'His sick leave after the hospital ran from 10 to 20 April 2023; he stayed in hiding with relatives instead of reporting back.',
      evidence: ['case-opening'],
    },
    {
      date: '2023-04-21',
      type: 'other',
      place: 'Military unit 12345',
      title: 'Company commander reports his service rifle as not handed in',
      description:
        'The report is cited in the arrest ruling. The client says he handed in his rifle before leaving for hospital and that his leave papers list no weapon; he has not been charged with desertion with a weapon (art. 338(2)) or with theft of one. The claim may be used to present him as dangerous, or to add a charge after his return.',
      status: 'disputed',
      actors: [{ name: 'Sr. Lt. E. Kravets, commander of the 3rd motor rifle company', role: 'author of the report' }],
      evidence: ['arrest-ruling'],
    },
    {
      date: '2023-05-05',
      type: 'border_crossing',
      place: 'Sagarchin (Russia) – Zhaisan (Kazakhstan) checkpoint',
      title: 'Crosses into Kazakhstan',
      description: 'Left Russia on his foreign passport, which bears the exit stamp; his wife and son followed in June.',
      evidence: ['passport'],
    },
    {
      date: '2023-06-01',
      type: 'publication',
      place: 'Aktobe, Kazakhstan',
      title: 'Publishes «Три дня в яме» ("Three days in a pit") on his Telegram channel',
      description: 'Describes the pit and names the battalion commander by his initial; the post is the basis of the charge under art. 207.3 of the Russian Criminal Code.',
      evidence: ['telegram-post'],
    },
    {
      date: '2023-06-19',
      type: 'criminal_case_opened',
      place: 'Orenburg',
      title: 'Criminal case for desertion during mobilisation opened (art. 338(3) Russian CC)',
      actors: [{ name: 'Military Investigative Department of the Investigative Committee, Orenburg garrison', role: 'investigating authority' }],
      evidence: ['case-opening'],
    },
    {
      date: '2023-07-12',
      type: 'charge',
      place: 'Orenburg',
      title: "Charged in absentia with desertion and 'army fakes' (arts. 338(3) and 207.3(2)(d) Russian CC)",
      description: 'The case under art. 207.3 for the post of 1 June was joined to the desertion case on 10 July 2023.',
      actors: [{ name: 'Investigator Capt. R. A. Mironov', role: 'investigator' }],
      evidence: ['arrest-ruling'],
    },
    {
      date: '2023-07-20',
      type: 'wanted_listing',
      title: 'Placed on the federal and interstate wanted lists',
      description: 'The interstate listing makes him liable to arrest in any CIS state that receives it, Kazakhstan included.',
      actors: [{ name: 'Ministry of Internal Affairs of Russia, Orenburg Oblast directorate', role: 'listing authority' }],
      evidence: ['wanted-notice'],
    },
    {
      date: '2023-08-14',
      type: 'other',
      place: 'Orenburg',
      title: 'Remanded in custody in absentia by the Orenburg Garrison Military Court',
      description: 'Two months of detention counted from extradition or arrest in Russia; the court-appointed lawyer had never met him.',
      actors: [{ name: 'Judge V. N. Lukin, Orenburg Garrison Military Court', role: 'court' }],
      evidence: ['arrest-ruling'],
    },
    {
      date: '2024-03',
      precision: 'before',
      type: 'threat',
      place: 'Sol-Iletsk',
      title: 'Officers visit his mother and threaten the family',
      description:
        'Two men who said they were from the FSB asked his mother where he lived in Kazakhstan and told her that "he will be brought back either way, and then he will answer for the post too". She recorded a voice message about it the same evening.',
      actors: [{ name: 'Two men presenting themselves as FSB officers', role: 'perpetrators' }],
      evidence: ['mother-audio'],
    },
    {
      date: '2025-10-07',
      type: 'arrest',
      place: 'Almaty, Kazakhstan',
      title: 'Detained at a document check on the Russian wanted notice',
      actors: [{ name: 'Almaty City Police Department', role: 'arresting authority' }],
    },
    {
      date: '2025-10-09',
      precision: 'range',
      dateEnd: '2026-04-08',
      type: 'detention',
      place: 'Pre-trial detention centre, Almaty',
      title: 'Extradition arrest',
      description: 'Ordered by the investigating judge of the Almaly District Court of Almaty for two months and extended since; the current term ends on 8 April 2026.',
      actors: [{ name: 'Investigating judge, Almaly District Court of Almaty', role: 'court' }],
    },
    {
      date: '2025-10-20',
      type: 'asylum_application',
      place: 'Almaty',
      title: 'Applies for refugee status in Kazakhstan',
      description: 'Filed from detention through counsel with the Migration Service Directorate of the Almaty City Police Department.',
      evidence: ['statement'],
    },
    {
      date: '2025-12-23',
      type: 'decision',
      place: 'Almaty',
      title: 'Refugee status refused',
      description: 'The commission held that he is prosecuted for an ordinary crime, desertion, and that his fear of political persecution is unfounded. Appealed in time.',
      actors: [{ name: 'Commission on refugee status, Almaty', role: 'deciding authority' }],
      // Its appeal deadline was met (the claim of 16 January): done, so it no longer alarms or blocks.
      deadlineMarks: { done: true },
    },
    {
      date: '2026-01-16',
      type: 'appeal',
      place: 'Almaty',
      title: 'Claim against the refusal filed with the Specialised Interdistrict Administrative Court',
    },
    {
      date: '2026-02-26',
      type: 'decision',
      place: 'Almaty',
      title: 'Administrative court upholds the refusal of refugee status',
      description: 'The court found desertion not to be persecution, discounted the medical report as written two years after the events, and relied on the Russian assurances. Appeal lies to the Almaty City Court within one month.',
      actors: [{ name: 'Judge N. K. Yerzhanova, Specialised Interdistrict Administrative Court of Almaty', role: 'court' }],
      evidence: ['asylum-ruling'],
    },
    {
      date: '2026-03-11',
      type: 'extradition_order',
      place: 'Astana',
      title: 'Deputy Prosecutor General orders extradition to Russia',
      description:
        'Extradition granted for desertion (art. 338(3)) and refused for the "army fakes" charge (art. 207.3), which is not a crime in Kazakhstan. Served on 12 March 2026; the order may be appealed to a court within ten days of service.',
      actors: [{ name: 'Deputy Prosecutor General of Kazakhstan B. T. Saparov', role: 'deciding authority' }],
      deadlineDays: 10,
      // The end of the appeal window, after which the order is enforceable, is a fact the request for interim measures states.
      deadlineMarks: { inFiling: true },
      evidence: ['extradition-order', 'extradition-order-en', 'assurances'],
    },
  ],

  evidence: [
    {
      key: 'passport',
      file: demoFiles.passportScan,
      title: 'Foreign passport: data page and page with the exit stamp (scan)',
      kind: 'identity_document',
      date: '2016-07-29',
      language: 'ru',
      source: 'Original passport, seized at the arrest and returned to counsel',
      provenance: { obtainedBy: 'Dana Seitkali', method: 'Flatbed scan of the original at 200 dpi', obtainedOn: '2025-10-15' },
      description: 'Two-page TIFF. Page 1: data page; page 2: Russian exit stamp, Sagarchin checkpoint, 5 May 2023.',
      relevance: 'Identity and citizenship; the exit stamp dates his flight before the criminal case was opened.',
    },
    {
      key: 'picket-photo',
      file: demoFiles.picketPhoto,
      title: 'Photograph of the anti-war picket in Orenburg',
      kind: 'photo',
      date: '2022-02-27',
      source: 'Taken by a friend of the client on her phone',
      provenance: { obtainedBy: 'Dana Seitkali', method: 'Sent by the photographer through Signal', obtainedOn: '2025-10-28' },
      relevance: 'Shows the political opinion he expressed publicly before mobilisation.',
    },
    {
      key: 'telegram-post',
      file: demoFiles.telegramPost,
      title: 'Telegram post «Три дня в яме» ("Three days in a pit")',
      kind: 'social_media_post',
      date: '2023-06-01',
      language: 'ru',
      source: 'Telegram channel «Илецкий репортёр»',
      provenance: { obtainedBy: 'Dana Seitkali', method: 'Screenshot on the client’s wife’s phone, channel still online', obtainedOn: '2025-10-28' },
      relevance: 'The publication the art. 207.3 charge is based on; also his contemporaneous account of the ill-treatment.',
    },
    {
      key: 'case-opening',
      file: demoFiles.caseOpening,
      title: 'Decision to open criminal case No. 12302530012000087 (desertion)',
      kind: 'court_document',
      date: '2023-06-19',
      language: 'ru',
      source: 'Military Investigative Department, Orenburg garrison; part of the Russian extradition request',
      provenance: { obtainedBy: 'Dana Seitkali', method: 'Copied from the extradition file at the Prosecutor General’s Office', obtainedOn: '2025-11-12' },
      description: 'Two pages; the annex listing soldiers on leave is a landscape page.',
    },
    {
      key: 'arrest-ruling',
      file: demoFiles.arrestRuling,
      title: 'Orenburg Garrison Military Court: custody ordered in absentia',
      kind: 'court_document',
      date: '2023-08-14',
      language: 'ru',
      source: 'Part of the Russian extradition request',
      provenance: { obtainedBy: 'Dana Seitkali', method: 'Copied from the extradition file', obtainedOn: '2025-11-12' },
      description: 'Three pages; the last is the company commander’s report, scanned sideways.',
      relevance: 'States the charges, including the post of 1 June 2023, and the disputed claim about the rifle.',
    },
    {
      key: 'wanted-notice',
      keyExhibit: true,
      file: demoFiles.wantedNotice,
      title: 'Wanted notice of the Russian Ministry of Internal Affairs',
      kind: 'wanted_notice',
      date: '2023-07-20',
      language: 'ru',
      source: 'Posted at the Sol-Iletsk police station; photographed by a relative',
      provenance: { obtainedBy: 'Gulnar Toktarova', method: 'Phone photograph sent by WhatsApp', obtainedOn: '2023-09' },
    },
    {
      key: 'mother-audio',
      file: demoFiles.motherVoiceMessage,
      title: 'Voice message from his mother about the officers’ visit',
      kind: 'audio',
      date: '2024-02',
      language: 'ru',
      source: 'Gulnar Toktarova, voice message',
      provenance: { obtainedBy: 'Aliya Toktarova', method: 'Exported from WhatsApp', obtainedOn: '2025-10-30' },
      description: 'In the demo the file holds a generated sound, not speech.',
      relevance: 'Threats to the family after the publication.',
    },
    {
      key: 'medical-report',
      keyExhibit: true,
      file: demoFiles.medicalReport,
      title: 'Medical report under the Istanbul Protocol',
      kind: 'medical_report',
      date: '2025-11-20',
      language: 'ru',
      source: 'Medical centre «Сенім-Мед», Almaty',
      provenance: { obtainedBy: 'Dana Seitkali', method: 'E-mailed by the clinic as a password-protected PDF', obtainedOn: '2025-11-21' },
      description: 'The password was given by phone and not recorded; the clinic has been asked for an unprotected copy.',
      relevance: 'Scars and a healed rib fracture "highly consistent" with his account of the beating.',
    },
    {
      key: 'statement',
      file: demoFiles.statement,
      title: 'Handwritten statement of the applicant (typed copy, Kazakh)',
      kind: 'statement',
      date: '2025-11-03',
      language: 'kk',
      source: 'The client, in detention',
      provenance: { obtainedBy: 'Dana Seitkali', method: 'Typed from the handwritten original', obtainedOn: '2025-11-03' },
    },
    {
      key: 'asylum-ruling',
      file: demoFiles.asylumRuling,
      title: 'Specialised Interdistrict Administrative Court of Almaty: refusal of refugee status upheld',
      kind: 'court_document',
      date: '2026-02-26',
      language: 'ru',
      source: 'Court information system, copy issued to counsel',
      provenance: { obtainedBy: 'Dana Seitkali', method: 'Downloaded from the court’s system', obtainedOn: '2026-03-02' },
      description: 'The court’s PDF is locked against copying and editing but opens without a password.',
      relevance: 'Exhausts the asylum remedy at first instance; shows the assurances were relied on without scrutiny.',
    },
    {
      key: 'extradition-order',
      keyExhibit: true,
      file: demoFiles.extraditionOrder,
      title: 'Extradition order of the Deputy Prosecutor General of Kazakhstan',
      kind: 'court_document',
      date: '2026-03-11',
      language: 'ru',
      source: 'Served on the client in detention on 12 March 2026',
      provenance: { obtainedBy: 'Dana Seitkali', method: 'Copy served on counsel', obtainedOn: '2026-03-12' },
      relevance: 'The decision the interim measures are requested against; appealable within ten days of service.',
    },
    {
      key: 'extradition-order-en',
      file: demoFiles.extraditionOrderEnglish,
      title: 'Extradition order: English translation',
      kind: 'translation',
      date: '2026-03-13',
      language: 'en',
      source: 'Sarah Milner, translator',
      translationOf: 'extradition-order',
      translation: { translator: 'milner', sourceLanguage: 'ru', targetLanguage: 'en' },
    },
    {
      key: 'assurances',
      file: demoFiles.assurances,
      title: 'Diplomatic assurances of the Prosecutor General’s Office of Russia',
      kind: 'correspondence',
      date: '2025-11-02',
      language: 'ru',
      source: 'Annex to the extradition order',
      provenance: { obtainedBy: 'Dana Seitkali', method: 'Served with the extradition order', obtainedOn: '2026-03-12' },
      relevance: 'Standard-form assurances with no monitoring mechanism; the Committee has found such assurances insufficient.',
      partOf: 'extradition-order',
    },
    // A translation of each exhibit not in English, and of the statement into Russian (demo-translations.ts).
    ...demoTranslationEvidence(),
  ],

  persecution: {
    grounds: [
      {
        ground: 'political_opinion',
        reasoning:
          'He opposed the war openly before he was mobilised (picket of 27 February 2022, fined for "discrediting the army") and after (the post of 1 June 2023). The charge under art. 207.3 punishes that post directly, and the desertion charge punishes his refusal to take part in a war the UN General Assembly condemned as an act of aggression (resolution ES-11/1). Under UNHCR Guidelines No. 10, prosecution for desertion is persecution where the service would involve acts contrary to international law or the punishment is disproportionate or imposed for a Convention reason.',
      },
      {
        ground: 'particular_social_group',
        reasoning:
          'Deserters who have publicly denounced abuses in their units share an immutable past experience and are perceived by the Russian authorities as traitors; returned deserters are reported to be sent back to the front in assault units instead of, or after, trial.',
      },
    ],
    agents: [
      'Military Investigative Department of the Investigative Committee of Russia (Orenburg garrison)',
      'Federal Security Service (FSB), Orenburg Oblast directorate',
      'Command of military unit 12345 of the Russian Armed Forces',
      'Prosecutor General’s Office of Russia (extradition request and assurances)',
    ],
    charges: [
      {
        state: 'RU',
        code: 'Criminal Code of the Russian Federation',
        article: '338(3)',
        text: 'Desertion committed during mobilisation or martial law: 5 to 15 years’ imprisonment.',
      },
      {
        state: 'RU',
        code: 'Criminal Code of the Russian Federation',
        article: '207.3(2)(d)',
        text: 'Public dissemination of knowingly false information about the use of the Armed Forces, motivated by political hatred: up to 10 years’ imprisonment. Extradition refused on this charge, but nothing stops its prosecution after return.',
      },
    ],
    risks: [
      'Torture and ill-treatment in pre-trial detention and by military police to obtain a confession or a "voluntary" contract',
      'Being sent back to the front in an assault unit, where he was already held in a pit and beaten',
      'Up to 15 years’ imprisonment for desertion in a process with an acquittal rate below 1%',
      'Prosecution for the Telegram post despite the specialty rule, since the assurances carry no monitoring',
      'Reprisals for having named his battalion commander',
    ],
    stateProtection:
      'The persecutors are the Russian state itself: the investigators, the military courts and the security service. Military courts have not acquitted deserters in the reported cases, and complaints of ill-treatment inside units are investigated by the same garrison investigators who charged him.',
    internalRelocation:
      'Not available: he is on the federal wanted list and subject to arrest anywhere in Russia; as a mobilised soldier he is traced through the military registration system. The interstate listing also exposes him to arrest and return from the other CIS states.',
    countryInformation: [
      {
        title: 'Guidelines on International Protection No. 10: Claims to Refugee Status related to Military Service',
        source: 'UNHCR',
        date: '2014-11-12',
      },
      {
        title: 'Concluding observations on the sixth periodic report of the Russian Federation (CAT/C/RUS/CO/6)',
        source: 'UN Committee against Torture',
        date: '2018-08',
      },
      {
        title: 'Report of the Special Rapporteur on the situation of human rights in the Russian Federation',
        source: 'UN Human Rights Council',
        date: '2024-09',
      },
      {
        title: 'World Report 2025: Russia',
        source: 'Human Rights Watch',
        date: '2025-01',
        url: 'https://www.hrw.org/world-report/2025/country-chapters/russia',
      },
      {
        title: 'Counts of criminal cases for desertion and unauthorised abandonment of unit in Russian military courts',
        source: 'Mediazona',
        date: '2025',
      },
    ],
    legalBasis: [
      'Convention against Torture, art. 3 (non-refoulement)',
      'International Covenant on Civil and Political Rights, arts. 6 and 7',
      'Convention relating to the Status of Refugees (1951), art. 33(1)',
      'Rules of procedure of the Committee against Torture, rule 114 (interim measures)',
    ],
    // He reads Kazakh and Russian, not English: the statement was read back to him in Russian.
    statementInterpretation: { interpreter: 'nurpeisova', language: 'ru', date: '2026-03-14' },
    narrative: `My name is Yerlan Toktarov. I was born in 1991 in Sol-Iletsk, a small town in the Orenburg region of Russia near the border with Kazakhstan. My family is Kazakh; at home we speak Kazakh and Russian. I worked as an electrician, and from 2019 I ran a local news channel on Telegram about corruption in our district and the pollution from the salt mine.

When the war against Ukraine began, I could not stay silent. On 27 February 2022 I stood alone in Sovetskaya street in Orenburg with a sign that said "No to war" in Russian and Kazakh. The police took me away after twenty minutes, and a court fined me for "discrediting the army". In September 2022, five days after the mobilisation was announced, my employer handed me a summons in front of a police officer. I was told that if I refused I would go to prison. I went.

In March 2023, near Kreminna, our company was ordered to attack a tree line without any artillery support. The group sent the day before had not come back. Two other soldiers and I refused. The battalion commander ordered that we be "dealt with". We were put in a pit behind a dugout for three days. On the first day they gave us no water. At night soldiers came and beat us with their boots and a rifle butt. They broke one of my ribs. I still have the scars on my back [[cite:medical-report]].

After the hospital I was given ten days of sick leave. I did not go back. On 5 May 2023 I crossed into Kazakhstan [[cite:passport p.2]], and my wife and son followed me. In June I wrote about the pit on my channel, because other men are still there [[cite:telegram-post]]. Soon after, I was charged with desertion and with spreading "fakes" about the army, and I was put on the wanted list. Men from the FSB came to my mother and told her that I would be brought back "either way".

On 7 October 2025 the police stopped me for a document check in Almaty and arrested me on the Russian notice. I have been in detention since. I asked for refugee status and was refused, and the court agreed with the refusal. On 11 March 2026 the Prosecutor General's Office decided to hand me over to Russia [[cite:extradition-order p.1]].

If I am sent back, I will be beaten again to make me confess or sign a contract, and then either sent to an assault unit or imprisoned for up to fifteen years. The promises Russia gave Kazakhstan will not protect me: nobody will come to check on me in a military prison. I ask the Committee to stop my extradition.`,
    remediesExhausted:
      'Refugee status: refused on 23 December 2025; the claim against the refusal was dismissed by the Specialised Interdistrict Administrative Court of Almaty on 26 February 2026. An appeal to the Almaty City Court is being prepared (due 28 March 2026) but does not suspend extradition. Extradition: the order of 11 March 2026 is being appealed to the court within the ten days allowed (due 21 March 2026); in the practice of the Kazakh courts such appeals are examined within days and rarely succeed, and the order becomes enforceable as soon as the appeal is dismissed. No remedy available to the client has automatic suspensive effect against the handover once the court rules.',
    otherProcedures:
      'The same matter has not been submitted to, and is not being examined under, any other procedure of international investigation or settlement. No application has been made to the UN Human Rights Committee or to any regional body.',
    interimMeasures:
      'Under rule 114 of its rules of procedure, the Committee is asked to request Kazakhstan not to extradite Mr Toktarov to the Russian Federation while his communication is under consideration. The extradition order was served on 12 March 2026 [[cite:extradition-order p.1]]; the appeal window closes on 21 March 2026 and he can be handed over within days of the appeal being dismissed. He is held under extradition arrest until 8 April 2026. Once returned, the harm he faces — torture in detention and redeployment to the front — could not be undone by any later decision of the Committee.',
  },

  // The CAT art. 3 test element by element, with citations to the exhibits' pages (demo-arguments.ts).
  elements: demoElements,

  // What the embassy's dossier leaves out (demo-redaction.ts).
  redactionProfiles: demoRedactionProfiles,

  deadlines: [
    {
      title: 'Send the request for interim measures to the Petitions and Urgent Actions Section (OHCHR)',
      due: '2026-03-18',
      consequence: 'Without a request from the Committee, Kazakhstan may hand the client over as soon as the extradition order becomes enforceable.',
    },
    {
      title: 'Ask UNHCR in Almaty for a letter of concern to the Prosecutor General’s Office',
      due: '2026-03-19',
      consequence: 'The letter should reach the Almaty court before the appeal against the extradition order is heard.',
    },
  ],
};
