// A long list (5,000 events, 2,000 files) as one ARIA listbox: only the rows in view are in the
// page, the listbox keeps focus and points at the selected row with aria-activedescendant, and
// the arrow keys, Page Up/Down, Home and End move the selection.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useEffectEvent, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface VirtualListboxProps<T> {
  items: readonly T[];
  getId: (item: T) => string;
  selectedId: string | null;
  onSelect: (id: string) => void;
  renderItem: (item: T, selected: boolean) => ReactNode;
  rowHeight: number;
  label: string;
  /** Makes the option element ids unique in the page. */
  idPrefix: string;
  className?: string;
  /** Changes when another view sends the lawyer here: the list takes keyboard focus. */
  focusRequest?: number | undefined;
}

export function optionId(idPrefix: string, id: string): string {
  return `${idPrefix}-${id}`;
}

export function VirtualListbox<T>({ items, getId, selectedId, onSelect, renderItem, rowHeight, label, idPrefix, className, focusRequest }: VirtualListboxProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    getItemKey: (index) => getId(items[index]!),
  });

  const selectedIndex = selectedId === null ? -1 : items.findIndex((item) => getId(item) === selectedId);

  // Only when the selection moves, not on every render of a list the user has scrolled.
  const scrollToSelected = useEffectEvent((index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }));
  useEffect(() => {
    if (selectedIndex >= 0) scrollToSelected(selectedIndex);
  }, [selectedIndex]);

  useEffect(() => {
    if (focusRequest !== undefined) scrollRef.current?.focus({ preventScroll: true });
  }, [focusRequest]);

  const move = (index: number) => {
    if (items.length === 0) return;
    const clamped = Math.max(0, Math.min(items.length - 1, index));
    onSelect(getId(items[clamped]!));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight) / rowHeight) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(selectedIndex + 1),
      ArrowUp: () => move(selectedIndex < 0 ? 0 : selectedIndex - 1),
      PageDown: () => move(selectedIndex + page),
      PageUp: () => move(selectedIndex - page),
      Home: () => move(0),
      End: () => move(items.length - 1),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  // Point only at an option that is in the page (the user may have scrolled it away).
  const rows = virtualizer.getVirtualItems();
  const selectedRendered = selectedIndex >= 0 && rows.some((row) => row.index === selectedIndex);

  return (
    <div
      ref={scrollRef}
      className={`cw-listbox ${className ?? ''}`}
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={selectedRendered ? optionId(idPrefix, selectedId!) : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="cw-listbox__inner" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const item = items[row.index]!;
          const id = getId(item);
          const selected = id === selectedId;
          return (
            <div
              key={row.key}
              id={optionId(idPrefix, id)}
              role="option"
              aria-selected={selected}
              aria-posinset={row.index + 1}
              aria-setsize={items.length}
              className={`cw-option${selected ? ' cw-option--selected' : ''}`}
              style={{ height: rowHeight, transform: `translateY(${row.start}px)` }}
              onClick={() => onSelect(id)}
            >
              {renderItem(item, selected)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
