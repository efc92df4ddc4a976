// Boxes on a page as fractions of the upright page (redactionRegionSchema): from a mouse drag, and
// moved or resized by the keyboard, always kept whole on the page and never smaller than a step.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** One arrow press moves or resizes a box by 1% of the page. */
export const KEY_STEP = 0.01;
/** A drag smaller than this on either side is a click, not a box. */
export const MIN_DRAG = 0.005;
/** Where Enter (or N) starts a box: a line of text's size, in the middle of the page. */
export const STARTING_BOX: Box = { x: 0.35, y: 0.45, width: 0.3, height: 0.1 };

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);
/** Four decimals: a 0.1 mm step on an A4 page, and stored numbers a person can read. */
const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** The box kept on the page: no side past an edge, none thinner than a step. */
export function onPage(box: Box): Box {
  const width = clamp(round(box.width), KEY_STEP, 1);
  const height = clamp(round(box.height), KEY_STEP, 1);
  return { x: clamp(round(box.x), 0, round(1 - width)), y: clamp(round(box.y), 0, round(1 - height)), width, height };
}

/** The point of a pointer event inside a picture's rectangle, as fractions of it (clamped to it). */
export function pointIn(rect: { left: number; top: number; width: number; height: number }, clientX: number, clientY: number): Point {
  return { x: clamp((clientX - rect.left) / rect.width, 0, 1), y: clamp((clientY - rect.top) / rect.height, 0, 1) };
}

/** The box a drag from `start` to `end` spans, whichever way it went; null when it is only a click. */
export function boxFromDrag(start: Point, end: Point): Box | null {
  const width = Math.abs(end.x - start.x);
  const height = Math.abs(end.y - start.y);
  if (width < MIN_DRAG || height < MIN_DRAG) return null;
  return onPage({ x: Math.min(start.x, end.x), y: Math.min(start.y, end.y), width: Math.max(width, KEY_STEP), height: Math.max(height, KEY_STEP) });
}

const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * The box after an arrow key: moved, or with Shift resized (right and down grow it, left and up
 * shrink it, its top left corner staying put). Null for any other key.
 */
export function boxForKey(box: Box, key: string, shift: boolean): Box | null {
  const arrow = arrows[key];
  if (!arrow) return null;
  const [dx, dy] = arrow;
  if (shift) {
    const width = clamp(box.width + dx * KEY_STEP, KEY_STEP, 1 - box.x);
    const height = clamp(box.height + dy * KEY_STEP, KEY_STEP, 1 - box.y);
    return onPage({ ...box, width, height });
  }
  return onPage({ ...box, x: box.x + dx * KEY_STEP, y: box.y + dy * KEY_STEP });
}

/** The box in whole percent, for words a screen reader says ("20% from the left"). */
export function percents(box: Box): { left: number; top: number; width: number; height: number } {
  const pct = (value: number) => Math.round(value * 100);
  return { left: pct(box.x), top: pct(box.y), width: pct(box.width), height: pct(box.height) };
}
