// The window's last size, kept in a small JSON file in userData. It holds two numbers and a
// flag, nothing about any client. node:fs only, so it is tested without Electron.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MIN_WINDOW_SIZE } from './security-policy';

export interface WindowState {
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1200, height: 800, maximized: false };
// Larger than any real screen, small enough that a corrupted file cannot ask for a huge window.
const MAX_SIDE = 10_000;

/** A stored side, or the default when it is not a number the app could have saved. */
function side(value: unknown, min: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const rounded = Math.round(value);
  // The window cannot be made smaller than its minimum, nor this large: such a value is damage.
  return rounded < min || rounded > MAX_SIDE ? fallback : rounded;
}

/** Reads a stored state; anything missing, malformed or out of range falls back to a default. */
export function parseWindowState(text: string | undefined): WindowState {
  if (text === undefined) return { ...DEFAULT_WINDOW_STATE };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  if (typeof data !== 'object' || data === null) return { ...DEFAULT_WINDOW_STATE };
  const record = data as Record<string, unknown>;
  return {
    width: side(record.width, MIN_WINDOW_SIZE.width, DEFAULT_WINDOW_STATE.width),
    height: side(record.height, MIN_WINDOW_SIZE.height, DEFAULT_WINDOW_STATE.height),
    maximized: record.maximized === true,
  };
}

/**
 * The size to open at on a screen whose work area is `area`: no larger than the screen, which
 * may be smaller than the one the size was saved on (a laptop taken off its monitor).
 */
export function fitToWorkArea(state: WindowState, area: { width: number; height: number }): WindowState {
  return { ...state, width: Math.min(state.width, area.width), height: Math.min(state.height, area.height) };
}

export function loadWindowState(file: string): WindowState {
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = undefined;
  }
  return parseWindowState(text);
}

/** Writes through a temporary file and a rename, so a crash mid-write leaves the old state. */
export function saveWindowState(file: string, state: WindowState): void {
  const clean = parseWindowState(JSON.stringify(state));
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(clean)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}
