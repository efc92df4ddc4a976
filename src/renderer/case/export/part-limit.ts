// The largest file size the lawyer types in the export view, read as forums state limits:
// decimal megabytes, with a point or a comma.

/** The limit typed, in bytes: undefined when empty, null when not a number of megabytes from 2 to 10,000. */
export function typedPartLimit(typed: string): number | undefined | null {
  const trimmed = typed.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const megabytes = Number(trimmed);
  return Number.isFinite(megabytes) && megabytes >= 2 && megabytes <= 10_000 ? Math.floor(megabytes * 1_000_000) : null;
}
