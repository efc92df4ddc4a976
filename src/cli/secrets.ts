import { DossierError } from '../shared/errors.js';
import { promptHidden, promptNewPassphrase } from './prompt.js';

/** What vault.unlock takes besides the folder: the passphrase or the recovery key. */
export type VaultSecret = { passphrase: string } | { recoveryKey: string };

/** The secret that opens a vault: DOSSIER_PASSPHRASE, else DOSSIER_RECOVERY_KEY, else a prompt. */
export async function unlockSecret(): Promise<VaultSecret> {
  const passphrase = process.env.DOSSIER_PASSPHRASE;
  if (passphrase) return { passphrase };
  const recoveryKey = process.env.DOSSIER_RECOVERY_KEY;
  if (recoveryKey) return { recoveryKey };
  return { passphrase: await promptHidden('Vault passphrase: ') };
}

/** A passphrase for a new vault (DOSSIER_PASSPHRASE) or prompted twice. */
export async function creationPassphrase(): Promise<string> {
  return process.env.DOSSIER_PASSPHRASE || promptNewPassphrase();
}

/** The replacement passphrase for `passwd` (DOSSIER_NEW_PASSPHRASE) or prompted twice. */
export async function replacementPassphrase(): Promise<string> {
  return process.env.DOSSIER_NEW_PASSPHRASE || promptNewPassphrase();
}

/** The recovery key for travel mode: DOSSIER_RECOVERY_KEY, or typed (hidden) so that it is proven typeable. */
export async function recoveryKeyTyped(): Promise<string> {
  const fromEnvironment = process.env.DOSSIER_RECOVERY_KEY;
  if (fromEnvironment) return fromEnvironment;
  if (!process.stdin.isTTY) throw new DossierError('INVALID_INPUT', 'No recovery key: set DOSSIER_RECOVERY_KEY or run the command in a terminal.');
  return promptHidden('Recovery key, as printed (checked before anything changes): ');
}

/**
 * The password of a protected PDF (`dossier password`): typed at a hidden prompt, or, with
 * --password-stdin, the whole of stdin but its final line break. Never an argument: argv shows in
 * `ps` and in the shell's history.
 */
export async function pdfPasswordTyped(fromStdin: boolean): Promise<string> {
  const password = fromStdin ? (await readStdin()).replace(/\r?\n$/, '') : await askPdfPassword();
  if (password === '') throw new DossierError('INVALID_INPUT', 'No password was given; nothing was changed.');
  return password;
}

async function askPdfPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new DossierError('INVALID_INPUT', 'No password: run the command in a terminal to type it, or pipe it in with --password-stdin.');
  return promptHidden('Password of the PDF (not shown as you type): ');
}

/** Larger than any password; stops a file piped in by mistake from being read whole. */
const maxPasswordBytes = 4096;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length > maxPasswordBytes) throw new DossierError('INVALID_INPUT', 'What came in on stdin is too long for a password; nothing was changed.');
  }
  return Buffer.concat(chunks).toString('utf8');
}
