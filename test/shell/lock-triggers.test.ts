// The shell's own reasons to lock the vault, wired to emitters that stand in for Electron's
// powerMonitor, BrowserWindow and webContents (the real ones need the Electron binary).
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { lockOnSystemEvents, lockWhenWindowGoes } from '../../electron/lock-triggers';
import type { LockReason } from '../../src/core/service/worker-host';

describe('the shell locks the vault', () => {
  it('when the system suspends or the screen locks, with the reason the window will show', () => {
    const power = new EventEmitter();
    const locks: LockReason[] = [];
    lockOnSystemEvents(power, (reason) => locks.push(reason));
    power.emit('suspend');
    power.emit('lock-screen');
    power.emit('resume');
    expect(locks).toEqual(['suspend', 'screen-lock']);
  });

  it('when its window closes, as on macOS where the app outlives the window', () => {
    const window = new EventEmitter();
    const contents = new EventEmitter();
    const locks: LockReason[] = [];
    lockWhenWindowGoes(window, contents, (reason) => locks.push(reason));
    window.emit('close');
    expect(locks).toEqual([]);
    window.emit('closed');
    expect(locks).toEqual(['user']);
  });

  it("when the window's renderer dies, logging only why it stopped", () => {
    const window = new EventEmitter();
    const contents = new EventEmitter();
    const locks: LockReason[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    lockWhenWindowGoes(window, contents, (reason) => locks.push(reason));
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(locks).toEqual(['user']);
    expect(error.mock.calls).toEqual([["The window's renderer stopped (crashed)."]]);
    error.mockRestore();
  });
});
