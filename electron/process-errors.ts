// Errors nothing caught in the main process. Electron's default shows an uncaught error in a
// dialog, message and stack included, and Node prints an unhandled rejection the same way; the
// message may quote a file path or a client's name. Here only the error's kind is logged, and the
// app carries on as it would after Electron's dialog.
type ProcessErrorEvent = 'uncaughtException' | 'unhandledRejection';

interface ProcessEvents {
  on(event: ProcessErrorEvent, listener: (error: unknown) => void): unknown;
}

/** What may be logged of an error: its kind ("TypeError"), never its message or stack. */
export function errorKind(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

export function logProcessErrorsByKind(target: ProcessEvents): void {
  target.on('uncaughtException', (error) => console.error(`An unexpected ${errorKind(error)} was not caught.`));
  target.on('unhandledRejection', (error) => console.error(`An unexpected ${errorKind(error)} was not handled.`));
}
