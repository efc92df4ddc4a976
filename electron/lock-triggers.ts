// When the shell locks the vault without being asked: the laptop goes to sleep, the screen locks,
// or the window that showed the vault is gone. Electron objects are taken by the few events
// used, so the wiring is tested with plain emitters.
import type { LockReason } from '../src/core/service/worker-host';

type Lock = (reason: LockReason) => void;

interface PowerEvents {
  on(event: 'suspend' | 'lock-screen', listener: () => void): unknown;
}

interface WindowEvents {
  on(event: 'closed', listener: () => void): unknown;
}

interface ContentsEvents {
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void): unknown;
}

/** A laptop closed or a screen locked drops the key at once, before anyone else can sit down. */
export function lockOnSystemEvents(power: PowerEvents, lock: Lock): void {
  power.on('suspend', () => lock('suspend'));
  power.on('lock-screen', () => lock('screen-lock'));
}

/**
 * The vault is locked when its window closes (on macOS the app outlives it, key and all) and
 * when the window's renderer dies (the page that held the session is gone; whatever comes
 * next starts from the unlock screen).
 */
export function lockWhenWindowGoes(window: WindowEvents, contents: ContentsEvents, lock: Lock): void {
  window.on('closed', () => lock('user'));
  contents.on('render-process-gone', (_event, details) => {
    console.error(`The window's renderer stopped (${details.reason}).`);
    lock('user');
  });
}
