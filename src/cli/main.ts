// The command line: `npm run --silent dossier -- <command> ...`. See README "Command line".
// A passphrase is never an argument: it comes from DOSSIER_PASSPHRASE or a hidden prompt.
import { parseArgs } from 'node:util';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { getCaseDetail } from '../core/records/case-detail.js';
import { DEMO_REFERENCE_DATE } from '../demo/demo-case.js';
import { writeDemoCase } from '../demo/write-demo-case.js';
import { dossierLanguages, type DossierLanguage } from '../core/dossier/dossier-text.js';
import { exportDossier, type ExportProgress } from '../core/dossier/export-dossier.js';
import { dossierTemplates } from '../core/dossier/templates.js';
import { importCase, type ImportProgress } from '../core/intake/case-file.js';
import { removeEvidenceFiles } from '../core/evidence/remove-files.js';
import { findCaseId, listCases } from '../core/records/cases.js';
import { search } from '../core/search/search-index.js';
import { Vault } from '../core/vault/vault.js';
import { verifyVault } from '../core/vault/verify.js';
import { localDay } from '../shared/dates.js';
import { disputedEventChoices, type DisputedEventChoice } from '../shared/models.js';
import { DossierError, toErrorData, type ErrorCode } from '../shared/errors.js';
import { formatCase, formatCases, formatExport, formatSearch, formatVerify } from './format.js';
import { creationPassphrase, replacementPassphrase, unlockSecret } from './secrets.js';

export const EXIT = { ok: 0, error: 1, usage: 2, refused: 3, verifyFailed: 4, wrongSecret: 5 } as const;

const USAGE = `Usage: dossier <command> [options]

  init VAULT               create a vault folder; prints the recovery key once
  import VAULT CASE.json   import a client, case, events, evidence and profile
  cases VAULT              list the cases
  show VAULT CASE          show a case (CASE is its id, id prefix or reference)
  search VAULT QUERY       full-text search (any script) [--case CASE]
  verify VAULT             recheck the database and every file's SHA-256
  remove VAULT EVIDENCE-ID...
                           take files out of their case (links, search entries
                           and the encrypted copy go too)
  passwd VAULT             change the passphrase (DOSSIER_NEW_PASSPHRASE), or reset
                           a forgotten one with DOSSIER_RECOVERY_KEY
  raw-key VAULT            print the raw SQLCipher key of the database
  export VAULT CASE --out FILE.pdf [--template NAME] [--lang en|ru|fr]
         [--disputed omit|mark|include]
                           write the case's dossier PDF; --disputed: leave
                           disputed events out of the chronology, mark them
                           "(contested)", or print them plainly (default:
                           the template's choice, see templates)
  templates                list the dossier templates
  demo [DIR]               create a demo vault with a fictional case in DIR
                           (default ./dossier-demo) and export its dossier

Options: --json (one JSON document on stdout), --progress (progress on stderr)
Secrets: DOSSIER_PASSPHRASE, DOSSIER_NEW_PASSPHRASE, DOSSIER_RECOVERY_KEY, or a prompt.`;

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

async function withVault<T>(dir: string, work: (vault: Vault) => Promise<T>): Promise<T> {
  const vault = await Vault.open(dir, await unlockSecret());
  try {
    return await work(vault);
  } finally {
    vault.close();
  }
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

function describeImportProgress(p: ImportProgress): string {
  if (p.phase === 'storing') {
    return `storing ${p.index}/${p.total} ${p.file} ${Math.floor((100 * p.bytesDone) / Math.max(1, p.bytesTotal))}%`;
  }
  return p.phase === 'recording' ? `recording ${p.total} item(s)` : `publishing ${p.total} file(s)`;
}

function describeExportProgress(p: ExportProgress): string {
  if (p.phase === 'reading') return `reading exhibit ${p.done + 1}/${p.total} ${p.exhibit ?? ''}`;
  if (p.phase === 'exhibits') return `writing exhibit ${p.done + 1}/${p.total} ${p.exhibit ?? ''}`;
  return p.phase === 'composing' ? 'composing the dossier' : 'finishing';
}

function dossierLanguage(value: string | undefined): DossierLanguage {
  if (value === undefined) return 'en';
  if (!(dossierLanguages as readonly string[]).includes(value)) throw new UsageError(`--lang must be one of ${dossierLanguages.join(', ')}`);
  return value as DossierLanguage;
}

function disputedEventChoice(value: string): DisputedEventChoice {
  if (!(disputedEventChoices as readonly string[]).includes(value)) throw new UsageError(`--disputed must be one of ${disputedEventChoices.join(', ')}`);
  return value as DisputedEventChoice;
}

/** The demo's passphrase, printed with it: the demo holds only fictional data. */
const demoPassphrase = 'demo passphrase, fictional data only';

async function createDemo(base: string, language: DossierLanguage, progress: ((line: string) => void) | undefined) {
  await mkdir(base, { recursive: true });
  if ((await readdir(base)).length > 0) throw new DossierError('VAULT_EXISTS', `${base} is not empty; choose a new folder for the demo.`);
  const caseDir = path.join(base, 'case');
  await mkdir(caseDir);
  progress?.('writing the demo case files');
  const caseFile = await writeDemoCase(caseDir);
  const passphraseFromEnvironment = Boolean(process.env.DOSSIER_PASSPHRASE);
  const { vault, recoveryKey } = await Vault.create(path.join(base, 'vault'), process.env.DOSSIER_PASSPHRASE || demoPassphrase);
  try {
    const report = await importCase(vault, caseFile, { onProgress: progress && ((p) => progress(describeImportProgress(p))) });
    const result = await exportDossier(vault, report.caseId, path.join(base, `dossier-${language}.pdf`), {
      language,
      // The story's deadlines count from this day; the cover shows it too.
      today: DEMO_REFERENCE_DATE,
      onProgress: progress && ((p) => progress(describeExportProgress(p))),
    });
    return { vault: vault.layout.dir, recoveryKey, passphraseFromEnvironment, caseId: report.caseId, result };
  } finally {
    vault.close();
  }
}

async function run(argv: string[]): Promise<number> {
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
      help: { type: 'boolean', short: 'h', default: false },
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
      const { vault, recoveryKey } = await Vault.create(dir!, await creationPassphrase());
      vault.close();
      print(
        out,
        { vault: vault.layout.dir, vaultId: vault.id, recoveryKey },
        `Vault created in ${vault.layout.dir}\n\nRecovery key (shown only this once; print it and keep it apart from the laptop):\n\n    ${recoveryKey}\n\nWith it a forgotten passphrase can be reset: DOSSIER_RECOVERY_KEY=... dossier passwd VAULT`,
      );
      return EXIT.ok;
    }
    case 'import': {
      const [dir, caseFile] = args(rest, 2, 'import VAULT CASE.json');
      const progress = progressReporter(out);
      const report = await withVault(dir!, (vault) =>
        importCase(vault, caseFile!, { onProgress: progress && ((p) => progress(describeImportProgress(p))) }),
      );
      endProgress(out);
      for (const refused of report.refused) process.stderr.write(`refused: ${refused.file}: ${refused.reason}\n`);
      for (const warning of report.warnings) process.stderr.write(`warning: ${warning}\n`);
      print(out, report, report.caseId);
      return report.refused.length > 0 ? EXIT.refused : EXIT.ok;
    }
    case 'cases': {
      const [dir] = args(rest, 1, 'cases VAULT');
      const cases = await withVault(dir!, async (vault) => listCases(vault.db));
      print(out, cases, formatCases(cases));
      return EXIT.ok;
    }
    case 'show': {
      const [dir, wanted] = args(rest, 2, 'show VAULT CASE');
      const detail = await withVault(dir!, async (vault) => getCaseDetail(vault, findCaseId(vault.db, wanted!)));
      print(out, detail, formatCase(detail, localDay()));
      return EXIT.ok;
    }
    case 'search': {
      const [dir, query] = args(rest, 2, 'search VAULT QUERY');
      const hits = await withVault(dir!, async (vault) =>
        search(vault.db, query!, values.case ? { caseId: findCaseId(vault.db, values.case) } : {}),
      );
      print(out, hits, formatSearch(hits));
      return EXIT.ok;
    }
    case 'verify': {
      const [dir] = args(rest, 1, 'verify VAULT');
      const progress = progressReporter(out);
      const report = await withVault(dir!, (vault) =>
        verifyVault(vault, { onProgress: progress && ((done, total) => progress(`verified ${done}/${total} file(s)`)) }),
      );
      endProgress(out);
      print(out, report, formatVerify(report));
      return report.ok ? EXIT.ok : EXIT.verifyFailed;
    }
    case 'remove': {
      if (rest.length < 2) throw new UsageError('expected remove VAULT EVIDENCE-ID...');
      const [dir, ...ids] = rest;
      const result = await withVault(dir!, (vault) => removeEvidenceFiles(vault, ids));
      print(out, result, `Removed ${result.removed} file(s) from the vault.`);
      return EXIT.ok;
    }
    case 'passwd': {
      const [dir] = args(rest, 1, 'passwd VAULT');
      await withVault(dir!, async (vault) => vault.changePassphrase(await replacementPassphrase()));
      print(out, { changed: true }, 'Passphrase changed. The recovery key still works.');
      return EXIT.ok;
    }
    case 'raw-key': {
      const [dir] = args(rest, 1, 'raw-key VAULT');
      const result = await withVault(dir!, async (vault) => ({ database: vault.layout.database, key: vault.rawKeyHex() }));
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return EXIT.ok;
    }
    case 'export': {
      const [dir, caseArg] = args(rest, 2, 'export VAULT CASE --out FILE.pdf');
      if (!values.out) throw new UsageError('export needs --out FILE.pdf');
      const outFile = values.out;
      const language = dossierLanguage(values.lang);
      const progress = progressReporter(out);
      const result = await withVault(dir!, (vault) =>
        exportDossier(vault, findCaseId(vault.db, caseArg!), outFile, {
          language,
          ...(values.template ? { template: values.template } : {}),
          ...(values.disputed !== undefined ? { disputedEvents: disputedEventChoice(values.disputed) } : {}),
          onProgress: progress && ((p) => progress(describeExportProgress(p))),
        }),
      );
      endProgress(out);
      for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
      print(out, result, formatExport(result));
      return EXIT.ok;
    }
    case 'templates': {
      args(rest, 0, 'templates');
      print(
        out,
        dossierTemplates.map(({ id, description, disputedEvents }) => ({ id, description, disputedEvents })),
        dossierTemplates.map((template) => `${template.id.padEnd(28)} ${template.description} (disputed events: ${template.disputedEvents})`).join('\n'),
      );
      return EXIT.ok;
    }
    case 'demo': {
      if (rest.length > 1) throw new UsageError('expected demo [DIR]');
      const base = path.resolve(rest[0] ?? 'dossier-demo');
      const language = dossierLanguage(values.lang);
      const demo = await createDemo(base, language, progressReporter(out));
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

const exitFor: Partial<Record<ErrorCode, number>> = { WRONG_SECRET: EXIT.wrongSecret, INVALID_INPUT: EXIT.error };

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  try {
    process.exitCode = await run(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`dossier: ${(error as Error).message}\n\n${USAGE}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    const data = toErrorData(error);
    if (!(error instanceof DossierError)) process.stderr.write(`dossier: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    else process.stderr.write(`dossier: ${data.message}\n`);
    if (json) process.stdout.write(`${JSON.stringify({ error: data }, null, 2)}\n`);
    process.exitCode = exitFor[data.code] ?? EXIT.error;
  }
}

await main();
