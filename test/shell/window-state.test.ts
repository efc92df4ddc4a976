import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
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

  it('keeps sizes within sane bounds whatever the file says', () => {
    expect(parseWindowState('{"width": 10, "height": -5}')).toMatchObject({ width: 800, height: 560 });
    expect(parseWindowState('{"width": 1e9, "height": 1e9}')).toMatchObject({ width: 10000, height: 10000 });
    expect(parseWindowState('{"width": "wide", "height": null, "maximized": "yes"}')).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('{"width": 1024.6, "height": 768.2}')).toMatchObject({ width: 1025, height: 768 });
  });

  it('writes only the size, readable by the user alone, and leaves no temporary file', () => {
    const file = path.join(dir, 'window-state.json');
    saveWindowState(file, { width: 1000, height: 700, maximized: false, extra: 'x' } as never);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ width: 1000, height: 700, maximized: false });
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(() => statSync(`${file}.tmp`)).toThrow();
  });
});
