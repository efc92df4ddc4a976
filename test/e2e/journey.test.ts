// A whole case through the built window in Debian's Chromium, against the real core over the test
// transport, once in English and once in Russian: create a vault, add a client (names in Latin
// and Cyrillic, a place in Kazakh) and a UN CAT case, bring in files from ../shared/corpus
// (dialog and drop), build the timeline, fill in the persecution profile, add an urgent
// deadline, find the client with Ctrl+K, export the dossier and read the PDF back, then lock and
// unlock. Every view is screenshotted and scanned with axe on the way.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { InterfaceLanguage } from '../../src/shared/contract';
import { elementsOfBasis } from '../../src/shared/legal-elements';
import { corpusDir, corpusExists } from '../support/corpus';
import { PASSPHRASE } from '../support/sample-case';
import { CasePage } from './pages/case-page';
import { ClientsPage, type CaseToCreate, type ClientToCreate } from './pages/clients-page';
import type { EventToAdd } from './pages/case/timeline-section';
import type { PersecutionToFill } from './pages/case/persecution-section';
import type { DeadlineToAdd } from './pages/case/deadlines-section';
import { VaultGate } from './pages/vault-gate';
import { FileText } from './pages/case/file-text';
import { CitationPickerDialog } from './pages/case/citation-picker';
import { exactName, nameContaining, WindowPage } from './pages/window-page';
import { Workspace } from './pages/workspace';
import { scanAndPhotographView } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { openWindow, useChromium, type AppWindow } from './support/fixtures';

const run = promisify(execFile);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The browser's time zone (fixtures.ts): "today" is the window's today, wherever the test runs. */
function dayFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const corpus = (file: string) => path.join(corpusDir, 'py-pdf-sample-files', file);

/** Small, varied corpus files: plain PDFs, a four-page one, one locked with a password, one with damaged metadata, Arabic text, a JPEG and a PNG. */
const chosenInDialog = [
  '001-trivial/minimal-document.pdf',
  '004-pdflatex-4-pages/pdflatex-4-pages.pdf',
  '005-libreoffice-writer-password/libreoffice-writer-password.pdf',
  '017-unreadable-meta-data/unreadablemetadata.pdf',
  '015-arabic/habibi.pdf',
  '007-imagemagick-images/smile.jpg',
  '025-attachment/image.png',
].map(corpus);
const dropped = corpus('002-trivial-libre-office-writer/002-trivial-libre-office-writer.pdf');

interface Story {
  client: ClientToCreate;
  case: CaseToCreate;
  warrant: string;
  events: EventToAdd[];
  persecution: PersecutionToFill;
  deadline: DeadlineToAdd;
  /** A date the filing states (marked "State in the filing"), unlike the lawyer's own to-do above. */
  removalDate: DeadlineToAdd;
  /** Typed into the warrant's description, then left at once for another file. */
  warrantNote: string;
  searchFor: string;
  exportName: string;
}

/** The same client in both runs; what the lawyer types is in the language of the window. */
function storyIn(language: InterfaceLanguage): Story {
  const ru = language === 'ru';
  const warrant = ru ? 'Постановление об аресте от 3 ноября 2021 г.' : 'Arrest warrant of 3 November 2021';
  return {
    client: {
      fullName: 'Yerlan Toktarov',
      fullNameNative: 'Ерлан Токтаров',
      dateOfBirth: '1988-04-12',
      placeOfBirth: 'Қарағанды',
      citizenships: 'KZ',
      languages: 'kk, ru',
      status: 'in_hiding',
      document: { kind: ru ? 'Паспорт' : 'Passport', number: 'N12345678', expires: dayFromToday(30) },
    },
    case: {
      title: ru ? 'Комитет ООН против пыток — обеспечительные меры' : 'UN CAT communication — interim measures',
      forum: 'un_cat',
      destination: ru ? 'УВКПЧ, Женева' : 'OHCHR, Geneva',
      reference: 'CAT/2024/117',
      responsibleLawyer: ru ? 'Анна Ковалёва' : 'Anna Kovaleva',
    },
    warrant,
    events: [
      {
        date: '2021-11-03',
        precision: 'day',
        type: 'arrest',
        status: 'confirmed',
        title: ru ? 'Задержание в Караганде' : 'Arrested in Karaganda',
        place: 'Қарағанды',
        description: ru ? 'Задержан сотрудниками КНБ у себя дома после поста о забастовке.' : 'Taken from his home by the KNB after a post about the strike.',
        evidence: [warrant, 'pdflatex-4-pages'],
      },
      {
        date: '2021-11',
        precision: 'month',
        type: 'ill_treatment',
        status: 'disputed',
        title: ru ? 'Избиение на допросе' : 'Beaten during interrogation',
        place: ru ? 'СИЗО, Қарағанды' : 'Pre-trial detention centre, Қарағанды',
        description: ru ? 'Следователь бил его, требуя признания. Власти это отрицают.' : 'The investigator beat him to obtain a confession. The authorities deny it.',
        evidence: ['smile'],
      },
      {
        date: '2022-02-14',
        precision: 'day',
        type: 'border_crossing',
        status: 'confirmed',
        title: ru ? 'Пересёк границу с Кыргызстаном' : 'Crossed into Kyrgyzstan',
        place: ru ? 'Пункт пропуска Кордай' : 'Korday checkpoint',
        description: ru ? 'Пешком, по чужим документам.' : 'On foot, with borrowed papers.',
        evidence: [],
      },
    ],
    persecution: {
      ground: 'political_opinion',
      reasoning: ru ? 'Преследуется за публикации в поддержку бастующих шахтёров.' : 'Prosecuted for posts supporting the striking miners.',
      agent: ru ? 'Комитет национальной безопасности (КНБ)' : 'National Security Committee (KNB)',
      charge: {
        state: ru ? 'Казахстан' : 'Kazakhstan',
        code: ru ? 'Уголовный кодекс' : 'Criminal Code',
        article: '174',
        text: ru ? 'Возбуждение социальной, национальной, родовой, расовой, сословной или религиозной розни.' : 'Incitement of social, national, clan, racial, class or religious discord.',
      },
      risk: ru ? 'Пытки в следственном изоляторе' : 'Torture in pre-trial detention',
      statement: ru
        ? 'Меня зовут Ерлан Токтаров. В ноябре 2021 года меня задержали в Караганде…'
        : 'My name is Yerlan Toktarov (Ерлан Токтаров). In November 2021 I was detained in Karaganda…',
    },
    deadline: {
      title: ru ? 'Подать сообщение в Комитет' : 'File the communication with the Committee',
      due: dayFromToday(3),
      consequence: ru ? 'Выдача может состояться до рассмотрения.' : 'The extradition may go ahead before the Committee can act.',
    },
    removalDate: {
      title: ru ? 'Ожидаемая передача запрашивающему государству' : 'Expected transfer to the requesting State',
      due: dayFromToday(12),
      consequence: ru ? 'Проверить рейсы через Алматы.' : 'Check the flights through Almaty.',
    },
    warrantNote: ru ? 'Подписано следователем КНБ; печать суда.' : 'Signed by the KNB investigator; court seal.',
    searchFor: 'Токтаров',
    exportName: ru ? 'Токтаров досье.pdf' : 'Toktarov dossier.pdf',
  };
}

const VIEWPORT = { width: 1280, height: 800 };

/** One view checked with axe and photographed whole. */
async function look(app: AppWindow, step: string, name: string): Promise<void> {
  await scanAndPhotographView(app.page, `journey-${app.language}-${step}-${name}`);
}

async function journey(app: AppWindow): Promise<void> {
  const story = storyIn(app.language);
  const gate = new VaultGate(app);
  const workspace = new Workspace(app);

  // A file that failed to download: nothing in it, so the vault must refuse it by name.
  const emptyScan = path.join(app.dataDir, 'scan-failed.pdf');
  await writeFile(emptyScan, '');

  // The vault, created through the window; the recovery key is shown once.
  await gate.firstRunTitle.waitFor();
  await look(app, '01', 'first-run');
  const recoveryKey = await gate.submitNewVault({ dir: app.vaultDir, passphrase: PASSPHRASE });
  expect(recoveryKey.replace(/[\s-]+/g, '').length).toBeGreaterThan(20);
  await look(app, '02', 'recovery-key');
  await gate.confirmRecoveryKeyStored();
  await workspace.heading('shell:home.title').waitFor();
  expect(await gate.recoveryKey.count()).toBe(0);

  // The client, names in both scripts, a passport about to expire.
  await workspace.openClients();
  const clients = new ClientsPage(app);
  await clients.title.waitFor();
  await look(app, '03', 'clients-empty');
  const newClient = await clients.fillNewClient(story.client);
  await look(app, '04', 'new-client');
  const clientPage = await newClient.submit();
  await expect.poll(() => clientPage.expiresSoonBadge.count()).toBe(1);
  await look(app, '05', 'client');

  // The case, opened as soon as it is created.
  const newCase = await clientPage.fillNewCase(story.case);
  await look(app, '06', 'new-case');
  await newCase.submit();
  const casePage = new CasePage(app);
  await casePage.title(story.case.title).waitFor();
  await expect(casePage.clientNames.innerText()).resolves.toContain(story.client.fullNameNative);
  await look(app, '07', 'case-profile');

  // Files: seven from the corpus and an empty one through "Add files…", one more dropped.
  const evidence = await casePage.evidence();
  const added = await evidence.addFiles([...chosenInDialog, emptyScan], chosenInDialog.length);
  expect(added.progressBars).toContain(app.text('evidence:import.progress'));
  expect(added.refused).toHaveLength(1);
  expect(added.refused[0]).toMatch(/^scan-failed\.pdf: /);
  // The locked and the damaged PDF are kept, marked as files the dossier cannot reproduce once the check after the import has read them.
  for (const title of ['libreoffice-writer-password', 'unreadablemetadata']) {
    await expect.poll(() => evidence.file(title).innerText(), { timeout: 60_000 }).toContain(app.text('evidence:badges.notReproduced'));
  }
  await look(app, '08', 'evidence-imported');
  const droppedIn = await evidence.drop([dropped], 1);
  expect(droppedIn.progressBars).toContain(app.text('evidence:import.progress'));
  await expect.poll(() => evidence.files.getByRole('option').count()).toBe(chosenInDialog.length + 1);
  // The same file again: named as a duplicate, and skipped (the default).
  await evidence.addFiles([dropped], 0);
  await evidence.duplicates.heading('evidence:duplicates.heading', { count: 1 }).waitFor();
  await look(app, '08', 'evidence-duplicate');
  await evidence.duplicates.button('evidence:duplicates.skip').click();
  await evidence.duplicates.root!.waitFor({ state: 'detached' });
  expect(await evidence.files.getByRole('option').count()).toBe(chosenInDialog.length + 1);

  // Two pictures given their language at once.
  await evidence.toggleChoice('smile');
  await evidence.toggleChoice('image');
  const bulk = evidence.bulkEdit(2);
  await bulk.field('evidence:metadata.language').fill('kk');
  await look(app, '08', 'evidence-bulk-edit');
  await bulk.button('evidence:bulk.apply').click();
  await evidence.status('evidence:bulk.applied', { count: 2 }).waitFor();
  await bulk.button('evidence:bulk.clear').click();

  // A description saves as it is typed: left at once for another file, it is still there after.
  await evidence.describe('minimal-document', { title: story.warrant, kind: 'court_document' });
  const details = await evidence.select(story.warrant);
  await evidence.metadataForm(details).field('evidence:metadata.description').fill(story.warrantNote);
  await evidence.file('habibi').click();
  const back = await evidence.select(story.warrant);
  await expect(evidence.metadataForm(back).field('evidence:metadata.description').inputValue()).resolves.toBe(story.warrantNote);
  await back.getByRole('img', { name: app.text('evidence:preview.pdfAlt', { page: 1, title: story.warrant }) }).waitFor();
  await back.getByText(app.text('evidence:preview.pageOf', { page: 1, count: 1 })).waitFor();
  await look(app, '09', 'evidence-preview');

  // The preview pages through a four-page PDF.
  const fourPages = await evidence.select('pdflatex-4-pages');
  await fourPages.getByText(app.text('evidence:preview.pageOf', { page: 1, count: 4 })).waitFor();
  await new WindowPage(app, fourPages).button('evidence:preview.nextPage').click();
  await fourPages.getByText(app.text('evidence:preview.pageOf', { page: 2, count: 4 })).waitFor();
  // The file's text beside it (once the background reading has got to it) turns with it: page 2's text at the top of the panel.
  const fourPagesText = new FileText(app, fourPages).pages('pdflatex-4-pages');
  const pageTwoText = fourPagesText.getByText(exactName(app.text('evidence:text.page', { page: 2 })));
  await pageTwoText.waitFor({ timeout: 120_000 });
  await expect
    .poll(async () => {
      const [panel, label] = [await fourPagesText.boundingBox(), await pageTwoText.boundingBox()];
      return panel !== null && label !== null && label.y >= panel.y - 1 && label.y < panel.y + 40;
    })
    .toBe(true);
  await look(app, '09', 'evidence-preview-page-2');

  // The timeline: three events, one of them disputed, one known only to the month.
  const timeline = await casePage.timeline();
  const [first, ...others] = story.events;
  const newEvent = await timeline.fillNewEvent(first!);
  await look(app, '10', 'new-event');
  await newEvent.submit();
  for (const event of others) await timeline.addEvent(event);
  await expect.poll(() => timeline.events.getByRole('option').count()).toBe(story.events.length);
  await expect(timeline.event(story.events[1]!.title).innerText()).resolves.toContain(app.text('timeline:disputed'));
  await expect(timeline.event(story.events[0]!.title).innerText()).resolves.toContain(app.text('timeline:evidenceCount', { count: 2 }));
  await look(app, '11', 'timeline');

  // The persecution profile saves as it is typed.
  const persecution = await casePage.persecution();
  await persecution.fill(story.persecution);
  await persecution.saved();
  await look(app, '12', 'persecution');

  // The statement cites the warrant's page through the picker, opened by its shortcut at the end of the text.
  const statement = persecution.field('persecution:narrative');
  await statement.focus();
  await app.page.keyboard.press('Control+End');
  await app.page.keyboard.press('Control+Shift+K');
  const picker = new CitationPickerDialog(app);
  await picker.dialog.waitFor();
  await picker.chooseByKeyboard(story.warrant.slice(0, 12), story.warrant);
  await app.page.keyboard.type('1');
  await app.page.keyboard.press('Enter');
  await picker.dialog.waitFor({ state: 'detached' });
  await expect(statement.inputValue()).resolves.toMatch(new RegExp(`^${escapeRegExp(story.persecution.statement)}\\[\\[cite:[0-9a-f-]{36} p\\.1\\]\\]$`));
  const cited = app.text('citations:words.cited', { title: story.warrant, pages: app.text('citations:words.page', { page: 1 }) });
  await persecution.root!.getByRole('listitem').filter({ hasText: cited }).waitFor();
  await persecution.saved();
  await look(app, '12', 'persecution-cited');

  // The element map: the CAT's elements, each warned of until something supports it.
  const map = await casePage.argument();
  const unconditional = elementsOfBasis('cat_art3').filter((element) => !element.conditional).length;
  await expect.poll(() => map.warnings.count()).toBe(unconditional);
  await map.element('cat_personal_risk').linkFact(story.events[1]!.title);
  await expect.poll(() => map.warnings.count()).toBe(unconditional - 1);
  await map.element('cat_personal_risk').saved();
  await look(app, '12', 'argument-map');

  // A redaction profile, with a box drawn on the warrant's page by keyboard (redaction.test.ts
  // draws by mouse too and exports under a profile); the export below stays unredacted.
  const redaction = await casePage.redaction();
  const recipient = app.language === 'ru' ? 'Посольство' : 'Embassy';
  await redaction.createProfile(recipient);
  await redaction.chooseExhibit(story.warrant);
  await redaction.surface(1, story.warrant).focus();
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.press('Shift+ArrowRight');
  await app.page.keyboard.press('Enter');
  await expect.poll(() => redaction.boxList.count()).toBe(1);
  await redaction.saved();
  await look(app, '12', 'redaction');

  // A deadline three days away stands out, in the list and on the tab.
  const deadlines = await casePage.deadlines();
  const urgent = await deadlines.add(story.deadline);
  await deadlines.urgentBadge(urgent).waitFor();
  // The expected date of removal is a fact the filing states; the to-do above is not.
  await deadlines.add(story.removalDate);
  await deadlines.stateInFiling(story.removalDate.title);
  await expect(casePage.viewTab('deadlines').innerText()).resolves.toContain(app.text('caseView:urgentDeadlines', { count: 1 }));
  await look(app, '13', 'deadlines');

  // The home page lists it among the upcoming deadlines, highlighted.
  await workspace.openDeadlines();
  const upcoming = workspace.main.getByRole('row', { name: nameContaining(story.deadline.title) });
  await upcoming.getByText(app.text('common:daysLeft', { count: 3 })).waitFor();
  await workspace.status('shell:home.urgent', { count: 1 }).waitFor();
  await look(app, '14', 'upcoming-deadlines');

  // Ctrl+K finds the client by the Cyrillic name and opens the client's page.
  const results = await workspace.search(story.searchFor, story.client.fullName);
  await look(app, '15', 'search');
  await workspace.openSearchResult(results, story.client.fullName);
  await clientPage.title(story.client.fullName).waitFor();
  await clientPage.openCase(story.case.title);

  // Export: the template made for UN CAT, the dossier in the window's language.
  const exporting = await casePage.export();
  await expect.poll(() => exporting.template.inputValue()).toBe('un-cat-interim-measures');
  await exporting.radio(`exportView:languages.${app.language}`).check();
  const filingDates = await exporting.filingDates.innerText();
  expect(filingDates).toContain(story.removalDate.title);
  expect(filingDates).not.toContain(story.deadline.title);
  const order = await exporting.exhibitTitles;
  expect(order).toHaveLength(chosenInDialog.length + 1);
  const warrantAt = order.indexOf(story.warrant);
  expect(warrantAt).toBeGreaterThan(0);
  await exporting.moveUp(story.warrant);
  await expect.poll(async () => (await exporting.exhibitTitles).indexOf(story.warrant)).toBe(warrantAt - 1);
  const pages = await exporting.showContents();
  expect(pages).toBeGreaterThan(chosenInDialog.length);
  const warnings = await exporting.contentsWarnings;
  expect(warnings.some((warning) => warning.includes('libreoffice-writer-password.pdf'))).toBe(true);
  expect(warnings.some((warning) => warning.includes('unreadablemetadata.pdf'))).toBe(true);
  await look(app, '16', 'export-contents');
  const file = path.join(app.dataDir, story.exportName);
  const exported = await exporting.exportTo(file, pages);
  const phases = ['starting', 'reading', 'composing', 'exhibits', 'finishing'].map((phase) => app.text(`exportView:phases.${phase}`));
  expect(exported.progressBars.filter((label) => phases.includes(label))).not.toEqual([]);
  await look(app, '17', 'exported');
  await exporting.openDossier();
  await exporting.showInFolder();
  await expect.poll(() => app.transport.osCalls).toEqual([
    { action: 'open', file },
    { action: 'showInFolder', file },
  ]);

  // The PDF itself: the pages the window promised, and the client's name in Cyrillic.
  expect(existsSync(file)).toBe(true);
  const { stdout: info } = await run('pdfinfo', [file]);
  expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(pages);
  const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  expect(text).toContain(story.client.fullNameNative);
  expect(text).toContain(story.case.reference);
  // The filing states the marked date and nothing of the lawyer's own to-dos or notes.
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain(story.removalDate.title);
  for (const own of [story.deadline.title, story.deadline.consequence, story.removalDate.consequence]) expect(flat).not.toContain(own);

  await workspace.openSettings();
  await workspace.heading('settings:title').waitFor();
  await look(app, '18', 'settings');

  // Lock, unlock with the passphrase: back on the settings page it was on, the client still there.
  await workspace.lock();
  await look(app, '19', 'unlock');
  await gate.unlock(PASSPHRASE);
  await workspace.heading('settings:title').waitFor({ timeout: 30_000 });
  await workspace.openClients();
  await clients.row(story.client.fullName).waitFor();
  await look(app, '20', 'clients-after-unlock');
}

describeInChromium('a whole case through the window', () => {
  const missingCorpus = corpusExists ? undefined : `the corpus is not at ${corpusDir} (../shared/corpus beside the checkout)`;
  if (missingCorpus && process.env.DOSSIER_REQUIRE_CORPUS === '1') {
    it('needs the shared corpus', () => {
      throw new Error(`The journey cannot run: ${missingCorpus}.`);
    });
    return;
  }
  if (missingCorpus) console.warn(`SKIPPED: the journey test did not run: ${missingCorpus}.`);

  describe.skipIf(Boolean(missingCorpus))(missingCorpus ? `journey (skipped: ${missingCorpus})` : 'journey', () => {
    const e2e = useChromium();

    for (const language of ['en', 'ru'] as const) {
      it(`takes a case from an empty vault to an exported dossier and back through the lock, in ${language === 'en' ? 'English' : 'Russian'}`, async () => {
        const app = await openWindow(e2e(), { language, viewport: VIEWPORT });
        await journey(app);
        expect(app.problems).toEqual([]);
      }, 180_000);
    }
  });
});
