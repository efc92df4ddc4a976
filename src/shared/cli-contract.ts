// What the command line may call besides the window's contract: powers a person at their own
// terminal has and a page never should (print the raw SQLCipher key, read a CASE.json from any
// path, reset a passphrase with the recovery key, wipe a vault by its folder), and lookups only a
// typed command needs.
// Kept out of `contract` on purpose: the shell mounts, the preload exposes and the test
// transport serves exactly the keys of `contract`, so none of these can reach a window.
// The CLI calls them through the same dispatch, with the same input and output checks.
import { z } from 'zod';
import { contract, fieldSchemas } from './contract.js';
import { languages } from './format/languages.js';

const { filePath, jobId, passphrase, nothing, ok } = fieldSchemas;
const { pages, bytes, file, warnings, parts } = contract['dossier.export'].output.shape;

const importReport = z.object({
  caseId: z.string(),
  clientId: z.string(),
  imported: z.array(z.object({ key: z.string(), evidenceId: z.string(), file: z.string(), sha256: z.string(), mediaType: z.string() })),
  /** Files not taken, each with its reason in the words the window uses for the same refusal. */
  refused: z.array(z.object({ key: z.string(), file: z.string(), reason: z.string() })),
  warnings: z.array(z.string()),
});

const verifyReport = z.object({
  ok: z.boolean(),
  /** SQLite's quick_check answer: "ok" or the problems it found. */
  database: z.string(),
  files: z.number().int(),
  bytes: z.number().int(),
  problems: z.array(
    z.object({
      evidenceId: z.string(),
      file: z.string(),
      problem: z.enum(['missing', 'damaged', 'hash-mismatch', 'size-mismatch']),
      detail: z.string(),
    }),
  ),
  /** Files no record refers to, left by an interrupted import or removal (swept later). */
  strayFiles: z.number().int(),
});

const exportedExhibit = z.object({
  label: z.string(),
  title: z.string(),
  originalName: z.string(),
  sha256: z.string(),
  firstPage: z.number().int(),
  pages: z.number().int(),
  rendered: z.boolean(),
  /** Why the file is not reproduced, in the dossier's language. */
  reason: z.string().optional(),
});

export const cliOnlyContract = {
  /** The open vault's folder, its id and its database file. */
  'vault.info': { input: nothing, output: z.object({ dir: z.string(), vaultId: z.string(), database: z.string() }) },
  /** Sets a new passphrase for the open vault, proving the right to with its recovery key. */
  'vault.resetPassphrase': { input: z.object({ recoveryKey: z.string().min(1).max(200), next: passphrase }), output: ok },
  /**
   * Quick wipe of the vault in a folder, open or not, with no secret (`dossier wipe`, which asks
   * twice): every key slot is destroyed and nobody can open the vault again.
   */
  'vault.wipeFolder': {
    input: z.object({ dir: filePath, confirm: z.literal('destroy-every-key') }),
    output: z.object({ wipedAt: z.string() }),
  },
  /** The raw SQLCipher key of the open vault's database (audited), for stock SQLCipher 4; refused for a format 1 vault. */
  'vault.rawKey': { input: nothing, output: z.object({ database: z.string(), key: z.string().regex(/^[0-9a-f]{64}$/) }) },
  /** Decrypts and re-hashes every evidence file and checks the database; a long job. */
  'vault.verify': { input: z.object({ jobId }), output: verifyReport },
  /** A case as a person types it: its id, its reference, or a unique prefix of its id. */
  'cases.find': { input: z.object({ idOrReference: z.string().min(1).max(200) }), output: z.object({ id: z.string() }) },
  /**
   * Imports a whole case from a CASE.json (docs/case-format.md) at an absolute path, its files
   * through the same intake as the window's; wholly or not at all. A long job.
   */
  'cases.importFile': { input: z.object({ file: filePath, jobId }), output: importReport },
} as const;

/**
 * The window's contract and the command line's own methods: everything the CLI may call. Two
 * window methods answer the CLI with more than the window reads, from the same handler: the
 * window's schema drops it, as it drops any key it does not name.
 */
export const cliContract = {
  ...contract,
  'dossier.export': {
    input: contract['dossier.export'].input,
    /**
     * With the template and language used and where each exhibit landed (the CLI prints them),
     * in the exporter's order of keys, which the CLI's --json has always printed.
     */
    output: z.object({ pages, bytes, exhibits: z.array(exportedExhibit), file, template: z.string(), language: z.enum(languages), warnings, parts }),
  },
  'evidence.remove': {
    input: contract['evidence.remove'].input,
    /** swept: stray encrypted files of an earlier interrupted import or removal, deleted on the way. */
    output: contract['evidence.remove'].output.extend({ swept: z.number().int() }),
  },
  ...cliOnlyContract,
};

export type CliContract = typeof cliContract;
export type CliMethodName = keyof CliContract;
export type CliOnlyMethod = keyof typeof cliOnlyContract;
export type CliMethodInput<M extends CliMethodName> = z.input<CliContract[M]['input']>;
export type CliMethodOutput<M extends CliMethodName> = z.output<CliContract[M]['output']>;
