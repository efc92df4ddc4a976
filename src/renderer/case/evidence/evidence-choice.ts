// Which files of the evidence list are chosen for a bulk edit: one toggled (a tick, Space,
// Ctrl-click), or a range added (Shift-click, Shift+Space) from the file last clicked to this one,
// in the order the list shows them.

export function toggled(chosen: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(chosen);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** Adds every shown id between the anchor and `id`, both included; without an anchor in view, only `id`. */
export function withRange(chosen: ReadonlySet<string>, shownIds: readonly string[], anchorId: string | null, id: string): Set<string> {
  const from = anchorId === null ? -1 : shownIds.indexOf(anchorId);
  const to = shownIds.indexOf(id);
  if (to < 0) return new Set(chosen);
  if (from < 0) return new Set([...chosen, id]);
  const [start, end] = from < to ? [from, to] : [to, from];
  return new Set([...chosen, ...shownIds.slice(start, end + 1)]);
}
