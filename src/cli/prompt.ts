// A hidden passphrase prompt on the terminal: nothing typed is echoed, and nothing reaches the
// shell history because a passphrase is never an argument. And a plain question, for confirmations.
import { createInterface } from 'node:readline/promises';
import { DossierError } from '../shared/errors.js';

/** Whether a person can be asked: stdin is a terminal. */
export function canAsk(): boolean {
  return Boolean(process.stdin.isTTY);
}

/** One visible line typed at the terminal (a confirmation, never a secret). */
export async function promptLine(question: string): Promise<string> {
  const lines = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  try {
    return (await lines.question(question)).trim();
  } finally {
    lines.close();
  }
}

export async function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    throw new DossierError('INVALID_INPUT', 'No passphrase: set DOSSIER_PASSPHRASE or run the command in a terminal.');
  }
  process.stderr.write(question);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.removeListener('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') return finish(new DossierError('CANCELLED', 'Cancelled.'));
        if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
        else if (char >= ' ') value += char;
      }
    };
    input.on('data', onData);
  });
}

export async function promptNewPassphrase(): Promise<string> {
  const first = await promptHidden('New passphrase: ');
  const second = await promptHidden('Repeat the new passphrase: ');
  if (first !== second) throw new DossierError('INVALID_INPUT', 'The two passphrases differ; nothing was changed.');
  return first;
}
