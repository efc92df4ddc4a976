// The rows of a list a form edits (documents, actors, charges, exhibits), changed without
// touching the list itself: React state is replaced, never mutated.

export function replaceAt<T>(rows: readonly T[], index: number, row: T): T[] {
  return rows.map((other, at) => (at === index ? row : other));
}

/** The row at `index` with `patch` laid over it. */
export function patchAt<T extends object>(rows: readonly T[], index: number, patch: Partial<T>): T[] {
  return rows.map((other, at) => (at === index ? { ...other, ...patch } : other));
}

export function removeAt<T>(rows: readonly T[], index: number): T[] {
  return rows.filter((_, at) => at !== index);
}

/** The row at `from` taken out and put back at `to` (the rows between shift by one). */
export function moveRow<T>(rows: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= rows.length || to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  const [row] = next.splice(from, 1);
  next.splice(to, 0, row as T);
  return next;
}
