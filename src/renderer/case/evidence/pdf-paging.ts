// Which page of a previewed PDF a key turns to: Page Up/Down and the arrow keys step, Home and
// End go to the first and the last page. Null for any other key, or when the page would not change.
export function pageForKey(key: string, page: number, pages: number): number | null {
  const target =
    key === 'PageDown' || key === 'ArrowRight' || key === 'ArrowDown'
      ? page + 1
      : key === 'PageUp' || key === 'ArrowLeft' || key === 'ArrowUp'
        ? page - 1
        : key === 'Home'
          ? 1
          : key === 'End'
            ? pages
            : null;
  if (target === null) return null;
  const within = Math.min(Math.max(target, 1), pages);
  return within === page ? null : within;
}
