import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToWorkArea,
  loadWindowState,
  parseWindowState,
  saveWindowState,
} from '../../electron/window-state';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-window-state-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('remembered window size', () => {
  it('comes back as it was saved', () => {
    const file = path.join(dir, 'userData', 'window-state.json');
    saveWindowState(file, { width: 1300, height: 900, maximized: true });
    expect(loadWindowState(file)).toEqual({ width: 1300, height: 900, maximized: true });
  });

  it('falls back to the default when the file is missing, empty or not JSON', () => {
    expect(loadWindowState(path.join(dir, 'missing.json'))).toEqual(DEFAULT_WINDOW_STATE);
    const file = path.join(dir, 'window-state.json');
    writeFileSync(file, '{ broken');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('')).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('null')).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('[1, 2]')).toEqual({ ...DEFAULT_WINDOW_STATE });
  });

  it('falls back to the default size for a side the app could never have saved', () => {
    expect(parseWindowState('{"width": 10, "height": -5}')).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('{"width": 1e9, "height": 1e9, "maximized": true}')).toEqual({ ...DEFAULT_WINDOW_STATE, maximized: true });
    expect(parseWindowState('{"width": 1300, "height": 20000}')).toEqual({ width: 1300, height: 800, maximized: false });
    expect(parseWindowState('{"width": "wide", "height": null, "maximized": "yes"}')).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('{"width": 1024.6, "height": 768.2}')).toMatchObject({ width: 1025, height: 768 });
  });

  it('opens no larger than the screen it opens on', () => {
    const saved = { width: 2500, height: 1400, maximized: false };
    expect(fitToWorkArea(saved, { width: 1366, height: 728 })).toEqual({ width: 1366, height: 728, maximized: false });
    expect(fitToWorkArea({ width: 1000, height: 700, maximized: true }, { width: 1920, height: 1040 })).toEqual({
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it('writes only the size, readable by the user alone, and leaves no temporary file', () => {
    const file = path.join(dir, 'window-state.json');
    saveWindowState(file, { width: 1000, height: 700, maximized: false, extra: 'x' } as never);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ width: 1000, height: 700, maximized: false });
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(() => statSync(`${file}.tmp`)).toThrow();
  });
});
