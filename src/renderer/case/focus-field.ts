// Sends the keyboard to one field of a view (a pre-flight finding's place): the control the view
// marks `data-field`, looked for on a few frames since a record or edit mode opened for it mounts
// a moment later. Only a control the lawyer can see is taken: an already-mounted tab panel that
// is hidden, or a record shown before the one asked for, holds a control of the same name.

/** True when nothing hides the element: no `hidden` ancestor (a tab panel) and a box of its own. */
function shown(element: HTMLElement): boolean {
  if (element.closest('[hidden]')) return false;
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : element.getClientRects().length > 0;
}

/**
 * Focuses the first shown element under the root that matches `selector`, once there is one, and
 * scrolls it to the middle. `root` is asked again on each frame (the record's container may be
 * replaced meanwhile); `stillWanted` stops the search once the lawyer has gone elsewhere.
 */
export function focusWhenShown(root: () => ParentNode | null | undefined, selector: string, stillWanted: () => boolean = () => true, framesLeft = 60): void {
  if (!stillWanted()) return;
  const element = [...(root()?.querySelectorAll<HTMLElement>(selector) ?? [])].find(shown);
  element?.focus({ preventScroll: true });
  // Taken only once it holds the keyboard: an element not yet focusable (its tabindex comes with the next render) is tried again.
  if (element && document.activeElement === element) {
    element.scrollIntoView({ block: 'center' });
  } else if (framesLeft > 0) {
    requestAnimationFrame(() => focusWhenShown(root, selector, stillWanted, framesLeft - 1));
  }
}

/** Focuses the control a view marks `data-field="field"` (a field's name in the model: "stateParty", "removal.date"). */
export function focusFieldWhenShown(root: () => ParentNode | null | undefined, field: string, stillWanted: () => boolean = () => true): void {
  focusWhenShown(root, `[data-field="${CSS.escape(field)}"]`, stillWanted);
}
