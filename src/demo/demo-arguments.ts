// The demo case's argument (issue 16): the five elements of the Convention against Torture's
// art. 3 test, as its counsel would argue them before the Committee, each with the facts and
// exhibits it rests on and citations to the exhibits' pages. Diplomatic assurances are argued
// because Kazakhstan relied on Russia's. Written as CASE.json writes it: events by their title,
// exhibits and citations by evidence key ([[cite:KEY p.2]]); typed in English, with a Russian
// version of each argument. The page numbers are the demo files' own (demo-evidence.ts).
import type { CaseImportInput } from './demo-case.js';

type DemoElements = NonNullable<CaseImportInput['elements']>;

const events = {
  pit: 'Held in a pit for three days for refusing an assault order; beaten',
  mother: 'Officers visit his mother and threaten the family',
  caseOpened: 'Criminal case for desertion during mobilisation opened (art. 338(3) Russian CC)',
  charged: "Charged in absentia with desertion and 'army fakes' (arts. 338(3) and 207.3(2)(d) Russian CC)",
  wanted: 'Placed on the federal and interstate wanted lists',
  remanded: 'Remanded in custody in absentia by the Orenburg Garrison Military Court',
  post: 'Publishes «Три дня в яме» ("Three days in a pit") on his Telegram channel',
  courtUpheld: 'Administrative court upholds the refusal of refugee status',
  order: 'Deputy Prosecutor General orders extradition to Russia',
} as const;

const countryInformation = {
  catRussia: 'Concluding observations on the sixth periodic report of the Russian Federation (CAT/C/RUS/CO/6)',
  rapporteur: 'Report of the Special Rapporteur on the situation of human rights in the Russian Federation',
  hrw: 'World Report 2025: Russia',
  mediazona: 'Counts of criminal cases for desertion and unauthorised abandonment of unit in Russian military courts',
} as const;

export const demoElements: DemoElements = [
  {
    element: 'cat_substantial_grounds',
    argument:
      'There are substantial grounds for believing that Mr Toktarov would be in danger of torture if extradited. The danger does not rest on theory: he has already been held in a pit for three days and beaten until a rib broke for refusing an assault order, injuries a forensic doctor found highly consistent with his account [[cite:medical-report]]; he is wanted for the very desertion that followed [[cite:arrest-ruling p.1-2]]; and officers have told his family that he will be brought back "either way" [[cite:mother-audio]].',
    events: [events.pit, events.remanded, events.mother],
    exhibits: [{ key: 'medical-report' }, { key: 'arrest-ruling', pages: '1-2' }, { key: 'mother-audio' }],
    countryInformation: [countryInformation.catRussia],
    versions: {
      ru: {
        argument:
          'Имеются серьёзные основания полагать, что в случае выдачи г-ну Токтарову будет угрожать опасность подвергнуться пыткам. Эта опасность не умозрительна: его уже три дня держали в яме и избивали, сломав ребро, за отказ идти в штурм, и судебный медик признал травмы в высокой степени соответствующими его рассказу [[cite:medical-report]]; его разыскивают именно за последовавшее дезертирство [[cite:arrest-ruling p.1-2]]; а его семье сказали, что его вернут «в любом случае» [[cite:mother-audio]].',
      },
    },
  },
  {
    element: 'cat_personal_risk',
    argument:
      'The risk is personal, present and foreseeable. He is named in a criminal case for desertion during mobilisation [[cite:case-opening p.1]], remanded in custody in absentia [[cite:arrest-ruling p.1]] and on the federal and interstate wanted lists [[cite:wanted-notice]]. Kazakhstan has ordered his handover [[cite:extradition-order p.1]], and the order becomes enforceable within days of his appeal being dismissed. He also named his battalion commander in a public post [[cite:telegram-post]], which makes him a target on return.',
    events: [events.caseOpened, events.charged, events.wanted, events.post, events.order],
    exhibits: [
      { key: 'case-opening', pages: '1' },
      { key: 'arrest-ruling', pages: '1-2' },
      { key: 'wanted-notice' },
      { key: 'telegram-post' },
      { key: 'extradition-order', pages: '1-2' },
    ],
    versions: {
      ru: {
        argument:
          'Риск является личным, реальным и предсказуемым. Он фигурирует в уголовном деле о дезертирстве в период мобилизации [[cite:case-opening p.1]], заочно заключён под стражу [[cite:arrest-ruling p.1]] и объявлен в федеральный и межгосударственный розыск [[cite:wanted-notice]]. Казахстан постановил выдать его [[cite:extradition-order p.1]], и постановление вступит в силу через несколько дней после отклонения жалобы. Кроме того, он публично назвал своего командира батальона [[cite:telegram-post]], что делает его мишенью после возвращения.',
      },
    },
  },
  {
    element: 'cat_public_official',
    argument:
      'The pain he fears would be inflicted by public officials. The pit and the beatings were ordered by his battalion commander and carried out by soldiers of his unit [[cite:telegram-post]]; the claim that he kept his rifle comes from his company commander [[cite:arrest-ruling p.3]]; the men who threatened his mother presented themselves as FSB officers. On return he would be in the hands of military investigators, garrison courts and military police.',
    events: [events.pit, events.mother, events.remanded],
    exhibits: [{ key: 'telegram-post' }, { key: 'arrest-ruling', pages: '3' }],
    versions: {
      ru: {
        argument:
          'Боль, которой он опасается, причинят должностные лица. Яму и избиения приказал командир батальона, а исполнили солдаты его части [[cite:telegram-post]]; утверждение, что он не сдал автомат, исходит от командира роты [[cite:arrest-ruling p.3]]; люди, угрожавшие его матери, представились сотрудниками ФСБ. После возвращения он окажется в руках военных следователей, гарнизонных судов и военной полиции.',
      },
    },
  },
  {
    element: 'cat_general_situation',
    argument:
      'The Russian Federation shows a consistent pattern of gross, flagrant or mass violations of human rights towards people in his position: the Committee has found torture in pre-trial detention to be widespread and rarely investigated, deserters are prosecuted in record numbers and returned deserters are reported to be sent back to the front in assault units, while critics of the war are prosecuted for their words.',
    countryInformation: [countryInformation.catRussia, countryInformation.rapporteur, countryInformation.hrw, countryInformation.mediazona],
    versions: {
      ru: {
        argument:
          'В Российской Федерации существует постоянная практика грубых, вопиющих и массовых нарушений прав человека в отношении людей в его положении: Комитет признал пытки в местах предварительного заключения распространёнными и редко расследуемыми, число дел о дезертирстве рекордно, возвращённых дезертиров, по имеющимся сведениям, отправляют обратно на фронт в штурмовые подразделения, а критиков войны преследуют за их слова.',
      },
    },
  },
  {
    element: 'cat_diplomatic_assurances',
    argument:
      'Kazakhstan relies on the assurances of the Russian Prosecutor General’s Office [[cite:assurances p.1]], which the administrative court accepted without scrutiny [[cite:asylum-ruling p.2]]. They are in standard form, provide for no independent monitoring and no consular access, and come from the State whose officers have already threatened his family. The Committee has held such assurances insufficient where torture is widespread.',
    events: [events.courtUpheld, events.order],
    exhibits: [{ key: 'assurances', pages: '1' }, { key: 'asylum-ruling', pages: '2' }, { key: 'extradition-order-en' }],
    versions: {
      ru: {
        argument:
          'Казахстан полагается на гарантии Генеральной прокуратуры России [[cite:assurances p.1]], которые административный суд принял без проверки [[cite:asylum-ruling p.2]]. Они составлены по стандартной форме, не предусматривают ни независимого контроля, ни консульского доступа и исходят от государства, сотрудники которого уже угрожали его семье. Комитет признавал такие гарантии недостаточными там, где пытки распространены.',
      },
    },
  },
];
