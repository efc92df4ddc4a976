// What the shell and the core's worker write to the console: events and error kinds, never an
// error's message or stack (they quote paths and names), never a value the window sent.
import { EventEmitter } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { errorKind, logProcessErrorsByKind } from '../../electron/process-errors';

const root = path.resolve(import.meta.dirname, '../..');

/** Every console.* call in `file`, as its argument text. */
function consoleCalls(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const calls: string[] = [];
  for (const match of text.matchAll(/\bconsole\.(?:log|info|warn|error|debug|trace|dir|table)\(/g)) {
    const start = (match.index ?? 0) + match[0].length;
    // Walks to the closing parenthesis, skipping over string and template literals.
    let depth = 1;
    let index = start;
    let quote: string | undefined;
    for (; index < text.length && depth > 0; index++) {
      const char = text[index];
      if (quote) {
        if (char === '\\') index++;
        else if (char === quote) quote = undefined;
      } else if (char === "'" || char === '"' || char === '`') quote = char;
      else if (char === '(') depth++;
      else if (char === ')') depth--;
    }
    calls.push(text.slice(start, index - 1).trim());
  }
  return calls;
}

// Values that cannot hold client data: a contract method's name, Electron's enums, an error's kind.
const loggable = new Set([
  'method',
  'message.method',
  'details.reason',
  'details.resourceType',
  'error.name',
  'errorKind(error)',
  'error instanceof Error ? error.name : typeof error',
]);

const shellFiles = readdirSync(path.join(root, 'electron'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => `electron/${name}`);
const audited = [...shellFiles, 'src/core/service/worker-host.ts', 'src/core/service/service-worker.ts'];

describe('console output of the shell and the core worker', () => {
  it.each(audited)('%s logs one fixed text, with nothing interpolated but kinds and names', (file) => {
    for (const call of consoleCalls(file)) {
      // One string or template literal and nothing else: no second argument, no concatenation.
      expect(call, `${file}: console call that is not one literal`).toMatch(/^(?:'[^'\\]*(?:\\.[^'\\]*)*'|"[^"\\]*(?:\\.[^"\\]*)*"|`[^`\\]*(?:\\.[^`\\]*)*`)$/);
      for (const [, expression] of call.matchAll(/\$\{([^}]*)\}/g)) {
        expect(loggable, `${file}: \${${expression}}`).toContain(expression?.trim());
      }
    }
  });

  it('the audit sees the calls it is about', () => {
    expect(consoleCalls('electron/main.ts').length).toBeGreaterThan(2);
    expect(consoleCalls('src/core/service/service-worker.ts').join('\n')).toContain('${message.method}');
  });
});

describe('errors nothing caught in the main process', () => {
  it('are logged by kind, never by message or stack', () => {
    const processEvents = new EventEmitter();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    logProcessErrorsByKind(processEvents);
    processEvents.emit('uncaughtException', new TypeError("ENOENT: no such file '/home/lawyer/Ivanov Ivan/passport.pdf'"));
    processEvents.emit('unhandledRejection', new RangeError('Sadykova'));
    processEvents.emit('unhandledRejection', 'Sadykova');
    expect(logged.mock.calls).toEqual([
      ['An unexpected TypeError was not caught.'],
      ['An unexpected RangeError was not handled.'],
      ['An unexpected string was not handled.'],
    ]);
    logged.mockRestore();
  });

  it('have a kind that is the error class, or the type of whatever was thrown', () => {
    expect(errorKind(new SyntaxError('x'))).toBe('SyntaxError');
    expect(errorKind({ message: 'Ivanov' })).toBe('object');
    expect(errorKind(undefined)).toBe('undefined');
  });
});
