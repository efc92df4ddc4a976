// The command line: `npm run --silent dossier -- <command> ...`. See README "Command line".
// A passphrase is never an argument: it comes from DOSSIER_PASSPHRASE or a hidden prompt.
// Every command goes through the core service and its contract, as the window does
// (service-client.ts); the CLI parses arguments, reads secrets and prints.
import { parseArgs } from 'node:util';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { DEMO_REFERENCE_DATE } from '../demo/demo-case.js';
import { writeDemoCase } from '../demo/write-demo-case.js';
import { localDay } from '../shared/dates.js';
import { DossierError, toErrorData, type ErrorCode } from '../shared/errors.js';
import { languages as dossierLanguages, type Language as DossierLanguage } from '../shared/format/languages.js';
import { disputedEventChoices, type DisputedEventChoice } from '../shared/models.js';
import { formatCase, formatCases, formatExport, formatSearch, formatVerify } from './format.js';
import { citationLines, citationsBroken, elementMapLines, formatCitationReport } from './format-arguments.js';
import { findingLine, formatPreflight } from './format-preflight.js';
import { formatPlan } from './format-plan.js';
import { formatTranslators } from './format-translators.js';
import { counselCommand, counselOptions } from './counsel-command.js';
import { redactionChoice, redactionCommand, redactionOptions } from './redaction-command.js';
import { canAsk, promptLine } from './prompt.js';
import { creationPassphrase, pdfPasswordTyped, recoveryKeyTyped, replacementPassphrase, unlockSecret, type VaultSecret } from './secrets.js';
import { signalExitCode, startCliService, type CliService, type Progress } from './service-client.js';

export const EXIT = { ok: 0, error: 1, usage: 2, refused: 3, verifyFailed: 4, wrongSecret: 5 } as const;

const USAGE = `Usage: dossier <command> [options]

  init VAULT               create a vault folder; prints the recovery key once
  import VAULT CASE.json   import a client, case, events, evidence and profile
  cases VAULT              list the cases
  show VAULT CASE          show a case (CASE is its id, id prefix or reference),
                           its argument element by element and its citations
  translators VAULT        list the translators and interpreters, and where
                           each is named (translations, interpreted statements)
  counsel VAULT [add | edit ID] [--name N] [--firm F] [--address LINE]...
         [--phone P] [--email E] [--eoir-id ID] [--bar-number B] [--case CASE]
                           the practice's counsel, whose details the EOIR cover,
                           proof of service and urgent letter print: list them,
                           add one, or change the fields given (--address
                           lines replace the address); --case CASE makes that
                           case name them as its counsel
  redaction VAULT CASE [list | show NAME | create NAME [--no-log-page] | delete NAME]
  redaction VAULT CASE terms NAME [--add TEXT]... [--remove TEXT]... [--suggested]
         [--reason R]
  redaction VAULT CASE withhold NAME [--field F]... [--evidence E]... [--event E]...
         [--release]
  redaction VAULT CASE region NAME --evidence E --page N --box X,Y,W,H [--reason R]
  redaction VAULT CASE region NAME --remove N
                           the case's redaction profiles: what one recipient's
                           dossier leaves out (export --redaction NAME). terms
                           alone lists the case's suggestions; --suggested adds
                           them. E is an exhibit's or event's id, id prefix or
                           title; a box is in fractions of the upright page from
                           its top left; R is third_party, address, medical,
                           source_protection or other; --release puts the
                           items given back into the dossier
  search VAULT QUERY       full-text search (any script) [--case CASE]
  verify VAULT             recheck the database and every file's SHA-256
  ocr VAULT [CASE] [--again]
                           read the text of the files that have none yet (OCR
                           of scans and photos in the case's languages, a PDF's
                           own text, text files), of one case or of all, so
                           that search finds it and the dossier carries it;
                           --again reads every file anew. Offline: nothing
                           leaves the computer
  remove VAULT EVIDENCE-ID...
                           take files out of their case (links, search entries
                           and the encrypted copy go too)
  password VAULT EVIDENCE-ID [--password-stdin] [--clear]
                           give the password of a protected PDF, asked without
                           echo (or read from stdin); it is checked against the
                           file at once and kept in the vault to reproduce its
                           pages. --clear forgets it
  passwd VAULT             change the passphrase (DOSSIER_NEW_PASSPHRASE), or reset
                           a forgotten one with DOSSIER_RECOVERY_KEY
  raw-key VAULT            print the raw SQLCipher key of the database
  rekey VAULT              renew the vault key: the database and every file move
                           to a new key; prints a new recovery key (the old one
                           stops working). Resumes if it was interrupted
  recovery-key VAULT       print a new recovery key; the old one stops working
  travel VAULT             travel mode: after checking the recovery key, remove
                           every passphrase; only the recovery key opens the
                           vault until a new passphrase is set (passwd)
  wipe VAULT               destroy every key slot: nobody can open the vault
                           again. Asks twice; --yes-destroy-everything in scripts
  export VAULT CASE --out FILE.pdf [--template NAME] [--lang en|ru|fr]
         [--disputed omit|mark|include] [--damaged-pages-as-images]
         [--override-blocks]
         [--max-part-mb N] [--shrink-photos | --full-resolution-photos]
         [--facts-by-element] [--redaction NAME]
                           write the case's dossier PDF; --disputed: leave
                           disputed events out of the chronology, mark them
                           "(contested)", or print them plainly (default:
                           the template's choice, see templates);
                           --damaged-pages-as-images: reproduce pages whose
                           drawing data is damaged as images of the page
                           (a warning names them otherwise). Refused (exit 3)
                           while the pre-flight blocks (see check), unless
                           --override-blocks, which the audit log records;
                           --max-part-mb N: write FILE_Part1.pdf, FILE_Part2.pdf,
                           … each under N MB, page numbers running on (the
                           template's filing limit applies without it);
                           --shrink-photos / --full-resolution-photos: place
                           photos at 300 dpi of their printed size, or as they
                           are (default: shrink when there is a size limit);
                           --facts-by-element: a table of facts by element of
                           the legal test after the argument; --redaction NAME:
                           under that redaction profile of the case
  plan VAULT CASE [--template NAME] [--lang en|ru|fr] [export's options]
                           the contents as the export will number them, and
                           under a size limit the parts it will write (pages,
                           estimated size, the exhibits each holds); nothing
                           is written
  check VAULT CASE [--template NAME] [--lang en|ru|fr] [export's options]
                           the pre-flight: what the forum would refuse (block),
                           what to look at (warn) and notes (info), each with
                           where to fix it; exit 3 when anything blocks
  citations VAULT CASE [--template NAME] [--lang en|ru|fr] [export's options]
                           every citation of the case's texts and where it
                           lands in that dossier (exhibit, page, part); exit 3
                           when one cannot land (the pre-flight blocks it)
  templates                list the dossier templates
  demo [DIR] [--template NAME]
                           create a demo vault with a fictional case in DIR
                           (default ./dossier-demo) and export its dossier
                           (with the case's template, or NAME)

Options: --json (one JSON document on stdout), --progress (progress on stderr)
plan, check and citations take the export's --disputed, --damaged-pages-as-images,
--max-part-mb, photo, --facts-by-element and --redaction options: they describe the dossier it would write.
Secrets: DOSSIER_PASSPHRASE, DOSSIER_NEW_PASSPHRASE, DOSSIER_RECOVERY_KEY, or a prompt.
Ctrl-C stops an import, export, verify or ocr cleanly (exit 130); nothing half-written is kept.`;

class UsageError extends Error {}

interface Output {
  json: boolean;
  progress: boolean;
}

function print(out: Output, json: unknown, text: string): void {
  process.stdout.write(out.json ? `${JSON.stringify(json, null, 2)}\n` : `${text}\n`);
}

function args(positionals: string[], count: number, names: string): string[] {
  if (positionals.length !== count) throw new UsageError(`expected ${names}`);
  return positionals;
}

/**
 * Opens the vault in the service with the secret from the environment or a prompt. A path is
 * typed relative to where the user stands; the service takes full locations only.
 */
async function unlock(service: CliService, dir: string): Promise<VaultSecret> {
  const secret = await unlockSecret();
  const status = await service.call('vault.unlock', { dir: path.resolve(dir), ...secret });
  if (status.state === 'unlocked') {
    if (status.headerWarning) process.stderr.write(`warning: ${status.headerWarning}\n`);
    if (status.needsPassphrase) {
      process.stderr.write(`note: no passphrase is set for this vault (travel mode); only the recovery key opens it. Set one with: DOSSIER_RECOVERY_KEY=... dossier passwd ${dir}\n`);
    }
    if (status.oldKeyScheme) process.stderr.write(`note: this vault's key is due for renewal (one key for records and files, or a renewal left unfinished): dossier rekey ${dir}\n`);
  }
  return secret;
}

/** The passphrase a key change is proven with; a vault opened with its recovery key has given none. */
function passphraseOf(secret: VaultSecret, command: string): string {
  if ('passphrase' in secret) return secret.passphrase;
  throw new DossierError('INVALID_INPUT', `${command} is proven with the passphrase (DOSSIER_PASSPHRASE or the prompt), not the recovery key. A vault in travel mode needs a passphrase first: dossier passwd.`);
}

/** Wipe asks twice on a terminal; a script must say --yes-destroy-everything, and nothing shorter. */
async function confirmWipe(dir: string, yes: boolean): Promise<void> {
  if (yes) return;
  if (!canAsk()) throw new UsageError('wipe asks twice on a terminal; in a script pass --yes-destroy-everything');
  const name = path.basename(path.resolve(dir));
  process.stderr.write(
    `This destroys every key slot of ${path.resolve(dir)}: nobody, you included, can open this vault again, with the passphrase or the recovery key.\n` +
      'Copies of vault.json elsewhere (backups) are not affected: a backup of the folder still opens with its old secrets.\n',
  );
  const first = await promptLine('Type WIPE to go on: ');
  const second = first === 'WIPE' ? await promptLine(`Type the vault's folder name (${name}) to destroy every key: `) : '';
  if (first !== 'WIPE' || second !== name) throw new DossierError('CANCELLED', 'Nothing was wiped.');
}

/**
 * Progress on stderr: one line per step with --progress (for scripts and tests), or a single
 * line redrawn in place when stderr is a terminal, so a long import is never silent.
 */
function progressReporter(out: Output): ((line: string) => void) | undefined {
  if (out.progress) {
    let last = '';
    return (line) => {
      if (line !== last) process.stderr.write(`progress: ${line}\n`);
      last = line;
    };
  }
  if (process.stderr.isTTY && !out.json) return (line) => process.stderr.write(`\r\x1b[K${line}`);
  return undefined;
}

function endProgress(out: Output): void {
  if (!out.progress && process.stderr.isTTY && !out.json) process.stderr.write('\r\x1b[K');
}

/** A job's progress events as lines, or nothing when no one is watching. */
function progressLines(report: ((line: string) => void) | undefined, describe: (progress: Progress) => string) {
  return report && ((progress: Progress) => report(describe(progress)));
}

function describeImportProgress(p: Progress): string {
  if (p.phase === 'storing') {
    return `storing ${p.item?.index ?? 0}/${p.item?.count ?? 0} ${p.label ?? ''} ${Math.floor((100 * p.done) / Math.max(1, p.total))}%`;
  }
  if (p.phase === 'inspecting') return `checking file ${p.done}/${p.total} ${p.label ?? ''}`;
  return p.phase === 'recording' ? `recording ${p.total} item(s)` : `publishing ${p.total} file(s)`;
}

function describeExportProgress(p: Progress): string {
  if (p.phase === 'reading') return `reading exhibit ${p.done + 1}/${p.total} ${p.label ?? ''}`;
  if (p.phase === 'exhibits') return `writing exhibit ${p.done + 1}/${p.total} ${p.label ?? ''}`;
  if (p.phase === 'verifying') return `verifying redaction ${p.done}/${p.total}${p.label ? ` part ${p.label}` : ''}`;
  return p.phase === 'composing' ? 'composing the dossier' : 'finishing';
}

function describeTextProgress(p: Progress): string {
  const file = p.item ? `${p.item.index}/${p.item.count} ${p.label ?? ''}` : '';
  return `reading text ${file}${p.total > 0 ? ` page ${p.done}/${p.total}` : ''}`.trimEnd();
}

function dossierLanguage(value: string | undefined): DossierLanguage {
  if (value === undefined) return 'en';
  if (!(dossierLanguages as readonly string[]).includes(value)) throw new UsageError(`--lang must be one of ${dossierLanguages.join(', ')}`);
  return value as DossierLanguage;
}

/** --max-part-mb N (decimal megabytes, as forums state their limits) and the photos' resolution. */
function partChoice(maxPartMb: string | undefined, shrink: boolean | undefined, fullResolution: boolean | undefined): { maxPartBytes?: number; shrinkPhotos?: boolean } {
  if (shrink && fullResolution) throw new UsageError('choose one of --shrink-photos and --full-resolution-photos');
  const choice: { maxPartBytes?: number; shrinkPhotos?: boolean } = {};
  if (maxPartMb !== undefined) {
    const megabytes = Number(maxPartMb);
    if (!Number.isFinite(megabytes) || megabytes < 2 || megabytes > 10_000) throw new UsageError('--max-part-mb must be a number of megabytes from 2 to 10000');
    choice.maxPartBytes = Math.floor(megabytes * 1_000_000);
  }
  if (shrink || fullResolution) choice.shrinkPhotos = Boolean(shrink);
  return choice;
}

/**
 * What shapes the dossier besides its language: the template, disputed events, damaged pages,
 * parts and photos, the facts-by-element table. `check`, `plan`, `citations` and `export` read
 * them alike, so the pre-flight and the citation report describe the very dossier the export writes.
 */
interface DossierOptionValues {
  template?: string | undefined;
  disputed?: string | undefined;
  'damaged-pages-as-images'?: boolean | undefined;
  'max-part-mb'?: string | undefined;
  'shrink-photos'?: boolean | undefined;
  'full-resolution-photos'?: boolean | undefined;
  'facts-by-element'?: boolean | undefined;
}

function dossierChoice(values: DossierOptionValues) {
  const disputedEvents = values.disputed !== undefined ? disputedEventChoice(values.disputed) : undefined;
  return {
    ...(values.template ? { template: values.template } : {}),
    ...(disputedEvents ? { disputedEvents } : {}),
    ...(values['damaged-pages-as-images'] ? { undrawablePagesAsImages: true } : {}),
    ...partChoice(values['max-part-mb'], values['shrink-photos'], values['full-resolution-photos']),
    ...(values['facts-by-element'] ? { factsByElement: true } : {}),
  };
}

function disputedEventChoice(value: string): DisputedEventChoice {
  if (!(disputedEventChoices as readonly string[]).includes(value)) throw new UsageError(`--disputed must be one of ${disputedEventChoices.join(', ')}`);
  return value as DisputedEventChoice;
}

/** The demo's passphrase, printed with it: the demo holds only fictional data. */
const demoPassphrase = 'demo passphrase, fictional data only';

/** Noon on the demo's day: the story's deadlines count from it and the cover shows it. */
const demoClock = () => new Date(`${DEMO_REFERENCE_DATE}T12:00:00`).getTime();

/** The demo writes a CASE.json as a user would receive one, then imports and exports it through the service. */
async function createDemo(service: CliService, base: string, language: DossierLanguage, template: string | undefined, progress: ((line: string) => void) | undefined) {
  await mkdir(base, { recursive: true });
  if ((await readdir(base)).length > 0) throw new DossierError('VAULT_EXISTS', `${base} is not empty; choose a new folder for the demo.`);
  const caseDir = path.join(base, 'case');
  await mkdir(caseDir);
  progress?.('writing the demo case files');
  const caseFile = await writeDemoCase(caseDir);
  const passphraseFromEnvironment = Boolean(process.env.DOSSIER_PASSPHRASE);
  const created = await service.call('vault.create', { dir: path.join(base, 'vault'), passphrase: process.env.DOSSIER_PASSPHRASE || demoPassphrase });
  const vault = created.status.state === 'unlocked' ? created.status.dir : path.join(base, 'vault');
  const report = await service.job('cases.importFile', { file: caseFile }, progressLines(progress, describeImportProgress));
  // The demo passes every template's pre-flight in English and Russian; in French its exhibits
  // have no translation, which blocks: the demo shows that on stderr and exports all the same.
  const preflight = await service.call('dossier.check', { caseId: report.caseId, language, ...(template ? { template } : {}) });
  const blocks = preflight.findings.filter((finding) => finding.severity === 'block');
  if (blocks.length > 0) process.stderr.write(`The pre-flight blocks this dossier (exported anyway, as the audit log records):\n${blocks.map(findingLine).join('\n')}\n`);
  const result = await service.job(
    'dossier.export',
    { caseId: report.caseId, language, ...(template ? { template } : {}), file: path.join(base, `dossier-${language}.pdf`), ...(preflight.blocked ? { overrideBlocks: true } : {}) },
    progressLines(progress, describeExportProgress),
  );
  return { vault, recoveryKey: created.recoveryKey, passphraseFromEnvironment, caseId: report.caseId, result };
}

async function run(argv: string[], startService: (options?: Parameters<typeof startCliService>[0]) => CliService): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      progress: { type: 'boolean', default: false },
      case: { type: 'string' },
      out: { type: 'string' },
      template: { type: 'string' },
      lang: { type: 'string' },
      disputed: { type: 'string' },
      'damaged-pages-as-images': { type: 'boolean', default: false },
      'max-part-mb': { type: 'string' },
      'shrink-photos': { type: 'boolean' },
      'full-resolution-photos': { type: 'boolean' },
      'facts-by-element': { type: 'boolean', default: false },
      'override-blocks': { type: 'boolean', default: false },
      'yes-destroy-everything': { type: 'boolean', default: false },
      'password-stdin': { type: 'boolean', default: false },
      clear: { type: 'boolean', default: false },
      again: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      ...counselOptions,
      ...redactionOptions,
    },
  });
  const out: Output = { json: values.json ?? false, progress: values.progress ?? false };
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? EXIT.ok : EXIT.usage;
  }

  switch (command) {
    case 'init': {
      const [dir] = args(rest, 1, 'init VAULT');
      const service = startService();
      const created = await service.call('vault.create', { dir: path.resolve(dir!), passphrase: await creationPassphrase() });
      const info = await service.call('vault.info');
      print(
        out,
        { vault: info.dir, vaultId: info.vaultId, recoveryKey: created.recoveryKey },
        `Vault created in ${info.dir}\n\nRecovery key (shown only this once; print it and keep it apart from the laptop):\n\n    ${created.recoveryKey}\n\nWith it a forgotten passphrase can be reset: DOSSIER_RECOVERY_KEY=... dossier passwd VAULT`,
      );
      return EXIT.ok;
    }
    case 'import': {
      const [dir, caseFile] = args(rest, 2, 'import VAULT CASE.json');
      const service = startService();
      await unlock(service, dir!);
      const progress = progressReporter(out);
      const report = await service.job('cases.importFile', { file: path.resolve(caseFile!) }, progressLines(progress, describeImportProgress));
      endProgress(out);
      for (const refused of report.refused) process.stderr.write(`refused: ${refused.file}: ${refused.reason}\n`);
      for (const warning of report.warnings) process.stderr.write(`warning: ${warning}\n`);
      print(out, report, report.caseId);
      return report.refused.length > 0 ? EXIT.refused : EXIT.ok;
    }
    case 'cases': {
      const [dir] = args(rest, 1, 'cases VAULT');
      const service = startService();
      await unlock(service, dir!);
      const cases = await service.call('cases.list', { includeArchived: true });
      print(out, cases, formatCases(cases));
      return EXIT.ok;
    }
    case 'show': {
      const [dir, wanted] = args(rest, 2, 'show VAULT CASE');
      const service = startService();
      await unlock(service, dir!);
      const { id } = await service.call('cases.find', { idOrReference: wanted! });
      const detail = await service.call('cases.get', { id });
      const shown = [formatCase(detail, localDay(), await service.call('translators.list')), ...elementMapLines(detail), ...citationLines(detail)];
      print(out, detail, shown.join('\n'));
      return EXIT.ok;
    }
    case 'translators': {
      const [dir] = args(rest, 1, 'translators VAULT');
      const service = startService();
      await unlock(service, dir!);
      const translators = await service.call('translators.list');
      print(out, translators, formatTranslators(translators));
      return EXIT.ok;
    }
    case 'counsel': {
      const [dir, ...verb] = rest;
      if (dir === undefined) throw new UsageError('expected counsel VAULT [add | edit ID]');
      const service = startService();
      await unlock(service, dir);
      const { json, text } = await counselCommand(service, verb, values);
      print(out, json, text);
      return EXIT.ok;
    }
    case 'redaction': {
      const [dir, caseArg, ...verb] = rest;
      if (dir === undefined || caseArg === undefined) throw new UsageError('expected redaction VAULT CASE [list | show | create | delete | terms | withhold | region NAME]');
      const service = startService();
      await unlock(service, dir);
      const { id: caseId } = await service.call('cases.find', { idOrReference: caseArg });
      const { json, text } = await redactionCommand(service, caseId, verb, values);
      print(out, json, text);
      return EXIT.ok;
    }
    case 'search': {
      const [dir, query] = args(rest, 2, 'search VAULT QUERY');
      const service = startService();
      await unlock(service, dir!);
      const caseId = values.case ? (await service.call('cases.find', { idOrReference: values.case })).id : undefined;
      // 50 hits, as the CLI has always listed (the window asks for 30).
      const hits = await service.call('search', { query: query!, caseId, limit: 50 });
      print(out, hits, formatSearch(hits));
      return EXIT.ok;
    }
    case 'verify': {
      const [dir] = args(rest, 1, 'verify VAULT');
      const service = startService();
      await unlock(service, dir!);
      const progress = progressReporter(out);
      const report = await service.job('vault.verify', {}, progressLines(progress, (p) => `verified ${p.done}/${p.total} file(s)`));
      endProgress(out);
      print(out, report, formatVerify(report));
      return report.ok ? EXIT.ok : EXIT.verifyFailed;
    }
    case 'ocr': {
      if (rest.length < 1 || rest.length > 2) throw new UsageError('expected ocr VAULT [CASE]');
      const [dir, caseArg] = rest;
      const service = startService();
      await unlock(service, dir!);
      const caseId = caseArg === undefined ? undefined : (await service.call('cases.find', { idOrReference: caseArg })).id;
      const progress = progressReporter(out);
      const report = await service.job('evidence.readText', { ...(caseId ? { caseId } : {}), again: values.again ?? false }, progressLines(progress, describeTextProgress));
      endProgress(out);
      for (const failed of report.failed) process.stderr.write(`not read: ${failed.file}: ${failed.detail}\n`);
      const notRead = report.failed.length > 0 ? ` The text of ${report.failed.length} file(s) could not be read (see above).` : '';
      print(out, report, `Read the text of ${report.files} file(s), ${report.pages} page(s).${notRead}`);
      return report.failed.length > 0 ? EXIT.refused : EXIT.ok;
    }
    case 'remove': {
      if (rest.length < 2) throw new UsageError('expected remove VAULT EVIDENCE-ID...');
      const [dir, ...ids] = rest;
      const service = startService();
      await unlock(service, dir!);
      const result = await service.call('evidence.remove', { ids });
      print(out, result, `Removed ${result.removed} file(s) from the vault.`);
      return EXIT.ok;
    }
    case 'password': {
      const [dir, id] = args(rest, 2, 'password VAULT EVIDENCE-ID');
      if (values.clear && values['password-stdin']) throw new UsageError('password takes --clear or --password-stdin, not both');
      const service = startService();
      await unlock(service, dir!);
      // Asked only once the vault is open: a mistyped vault passphrase costs nothing more.
      const password = values.clear ? null : await pdfPasswordTyped(values['password-stdin'] ?? false);
      const item = await service.call('evidence.setPdfPassword', { id: id!, password });
      const reproduced = item.dossierSupport === 'pages';
      print(
        out,
        { id: item.id, title: item.title, passwordKept: password !== null, dossierSupport: item.dossierSupport, supportReason: item.supportReason },
        password === null
          ? `The password of "${item.title}" was forgotten.${item.supportNote ? ` ${item.supportNote}` : ''}`
          : `The password opens "${item.title}" and was kept in the vault.${reproduced ? ' The dossier reproduces its pages.' : item.supportNote ? ` ${item.supportNote}` : ''}`,
      );
      return EXIT.ok;
    }
    case 'passwd': {
      const [dir] = args(rest, 1, 'passwd VAULT');
      const service = startService();
      const secret = await unlockSecret();
      await service.call('vault.unlock', { dir: path.resolve(dir!), ...secret });
      const next = await replacementPassphrase();
      // The window's change proves the current passphrase; a reset proves the recovery key.
      if ('passphrase' in secret) await service.call('vault.changePassphrase', { current: secret.passphrase, next });
      else await service.call('vault.resetPassphrase', { recoveryKey: secret.recoveryKey, next });
      print(out, { changed: true }, 'Passphrase changed. The recovery key still works.');
      return EXIT.ok;
    }
    case 'raw-key': {
      const [dir] = args(rest, 1, 'raw-key VAULT');
      const service = startService();
      await unlock(service, dir!);
      const result = await service.call('vault.rawKey');
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return EXIT.ok;
    }
    case 'rekey': {
      const [dir] = args(rest, 1, 'rekey VAULT');
      const service = startService();
      const passphrase = passphraseOf(await unlock(service, dir!), 'rekey');
      const progress = progressReporter(out);
      const result = await service.job(
        'vault.rekey',
        { passphrase },
        progressLines(progress, (p) => (p.label === 'database' ? 'rekey database' : `rekey files ${p.done}/${p.total} bytes`)),
      );
      endProgress(out);
      print(
        out,
        { recoveryKey: result.recoveryKey },
        `The vault key was renewed: the database and every file are under a new key, and the passphrase is unchanged.\n\nNew recovery key (shown only this once; the old one no longer works):\n\n    ${result.recoveryKey}`,
      );
      return EXIT.ok;
    }
    case 'recovery-key': {
      const [dir] = args(rest, 1, 'recovery-key VAULT');
      const service = startService();
      const passphrase = passphraseOf(await unlock(service, dir!), 'recovery-key');
      const { recoveryKey } = await service.call('vault.newRecoveryKey', { passphrase });
      print(out, { recoveryKey }, `New recovery key (shown only this once; the old one no longer works):\n\n    ${recoveryKey}`);
      return EXIT.ok;
    }
    case 'travel': {
      const [dir] = args(rest, 1, 'travel VAULT');
      const service = startService();
      await unlock(service, dir!);
      await service.call('vault.travel', { recoveryKey: await recoveryKeyTyped() });
      print(
        out,
        { travel: true },
        `Travel mode is on: no passphrase opens ${path.resolve(dir!)} any more; only the recovery key does.\nOn your return: DOSSIER_RECOVERY_KEY=... dossier passwd ${dir} sets a new passphrase.`,
      );
      return EXIT.ok;
    }
    case 'wipe': {
      const [dir] = args(rest, 1, 'wipe VAULT');
      await confirmWipe(dir!, values['yes-destroy-everything'] ?? false);
      const { wipedAt } = await startService().call('vault.wipeFolder', { dir: path.resolve(dir!), confirm: 'destroy-every-key' });
      print(
        out,
        { wiped: true, wipedAt },
        `Every key slot of ${path.resolve(dir!)} was destroyed: nobody can open this vault again. Copies of vault.json elsewhere (backups) are not affected.`,
      );
      return EXIT.ok;
    }
    case 'check': {
      const [dir, caseArg] = args(rest, 2, 'check VAULT CASE');
      const language = dossierLanguage(values.lang);
      const service = startService();
      await unlock(service, dir!);
      const { id: caseId } = await service.call('cases.find', { idOrReference: caseArg! });
      const report = await service.call('dossier.check', { caseId, language, ...dossierChoice(values), ...(await redactionChoice(service, caseId, values.redaction)) });
      print(out, report, formatPreflight(report));
      return report.blocked ? EXIT.refused : EXIT.ok;
    }
    case 'plan': {
      const [dir, caseArg] = args(rest, 2, 'plan VAULT CASE');
      const language = dossierLanguage(values.lang);
      const choice = dossierChoice(values);
      const service = startService();
      await unlock(service, dir!);
      const { id: caseId } = await service.call('cases.find', { idOrReference: caseArg! });
      const plan = await service.call('dossier.plan', { caseId, language, ...choice, ...(await redactionChoice(service, caseId, values.redaction)) });
      print(out, plan, formatPlan(plan));
      return EXIT.ok;
    }
    case 'citations': {
      const [dir, caseArg] = args(rest, 2, 'citations VAULT CASE');
      const language = dossierLanguage(values.lang);
      const service = startService();
      await unlock(service, dir!);
      const { id: caseId } = await service.call('cases.find', { idOrReference: caseArg! });
      const entries = await service.call('dossier.citations', { caseId, language, ...dossierChoice(values), ...(await redactionChoice(service, caseId, values.redaction)) });
      const detail = await service.call('cases.get', { id: caseId });
      print(out, entries, formatCitationReport(entries, detail, { template: values.template ?? "the forum's template", language }));
      return citationsBroken(entries) ? EXIT.refused : EXIT.ok;
    }
    case 'export': {
      const [dir, caseArg] = args(rest, 2, 'export VAULT CASE --out FILE.pdf');
      if (!values.out) throw new UsageError('export needs --out FILE.pdf');
      const file = path.resolve(values.out);
      const language = dossierLanguage(values.lang);
      const options = dossierChoice(values);
      const service = startService();
      await unlock(service, dir!);
      const { id: caseId } = await service.call('cases.find', { idOrReference: caseArg! });
      const choice = { ...options, ...(await redactionChoice(service, caseId, values.redaction)) };
      const overrideBlocks = values['override-blocks'] ?? false;
      if (!overrideBlocks) {
        // Said before the export starts, with each block and where to fix it (the service refuses it too).
        const preflight = await service.call('dossier.check', { caseId, language, ...choice });
        if (preflight.blocked) {
          const blocks = preflight.findings.filter((finding) => finding.severity === 'block');
          process.stderr.write(
            `The pre-flight blocks this export; no file was written:\n${blocks.map(findingLine).join('\n')}\nFix them (dossier check lists every finding), or export with --override-blocks (recorded in the audit log).\n`,
          );
          return EXIT.refused;
        }
      }
      const progress = progressReporter(out);
      // No template or exhibit list: the service's defaults (the forum's template; every file
      // not marked confidential, in case order, with a warning naming those left out).
      const result = await service.job(
        'dossier.export',
        {
          caseId,
          file,
          language,
          ...(overrideBlocks ? { overrideBlocks: true } : {}),
          ...choice,
        },
        progressLines(progress, describeExportProgress),
      );
      endProgress(out);
      for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
      print(out, result, formatExport(result));
      return EXIT.ok;
    }
    case 'templates': {
      args(rest, 0, 'templates');
      const templates = await startService().call('dossier.templates');
      print(
        out,
        templates.map(({ id, description, disputedEvents }) => ({ id, description, disputedEvents })),
        templates.map((template) => `${template.id.padEnd(28)} ${template.description} (disputed events: ${template.disputedEvents})`).join('\n'),
      );
      return EXIT.ok;
    }
    case 'demo': {
      if (rest.length > 1) throw new UsageError('expected demo [DIR]');
      const base = path.resolve(rest[0] ?? 'dossier-demo');
      const language = dossierLanguage(values.lang);
      const demo = await createDemo(startService({ now: demoClock }), base, language, values.template, progressReporter(out));
      endProgress(out);
      for (const warning of demo.result.warnings) process.stderr.write(`note: ${warning}\n`);
      print(
        out,
        demo,
        [
          `Demo vault: ${demo.vault}`,
          `Passphrase: ${demo.passphraseFromEnvironment ? '(from DOSSIER_PASSPHRASE)' : demoPassphrase}`,
          `Recovery key: ${demo.recoveryKey}`,
          `Case: ${demo.caseId}`,
          '',
          formatExport(demo.result),
          '',
          `Next: open ${demo.result.file}, then try`,
          `  DOSSIER_PASSPHRASE='${demo.passphraseFromEnvironment ? '...' : demoPassphrase}' npm run --silent dossier -- show ${demo.vault} ${demo.caseId}`,
        ].join('\n'),
      );
      return EXIT.ok;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

const exitFor: Partial<Record<ErrorCode, number>> = { WRONG_SECRET: EXIT.wrongSecret, WRONG_PASSWORD: EXIT.wrongSecret, INVALID_INPUT: EXIT.error, REDACTION_LEAK: EXIT.verifyFailed };

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  // At most one service per command; it is closed (the vault with it) however the command ends.
  let service: CliService | undefined;
  const startService = (options?: Parameters<typeof startCliService>[0]) => (service = startCliService(options));
  try {
    process.exitCode = await run(process.argv.slice(2), startService);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`dossier: ${(error as Error).message}\n\n${USAGE}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    const data = toErrorData(error);
    // A failure inside the service was reported with its stack there (service-client.ts).
    if (!(error instanceof DossierError)) process.stderr.write(`dossier: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    else process.stderr.write(`dossier: ${data.message}\n`);
    if (json) process.stdout.write(`${JSON.stringify({ error: data }, null, 2)}\n`);
    // A job stopped by Ctrl-C or SIGTERM exits as a process ended by that signal would.
    const signal = service?.stoppedBy;
    process.exitCode = signal ? signalExitCode(signal) : (exitFor[data.code] ?? EXIT.error);
  } finally {
    service?.close();
  }
}

await main();
