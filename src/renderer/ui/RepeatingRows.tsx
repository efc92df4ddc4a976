// A list of like rows inside a form (identity documents, contacts, charges...): a fieldset
// with its legend, each row a group with its own remove button, and an add button at the end.
// Adding focuses the new row's first control so keyboard users carry on typing.
import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from './Button';

export interface RepeatingRowsProps<T> {
  legend: ReactNode;
  rows: readonly T[];
  /** Rendered for each row; `index` is its position. */
  renderRow: (row: T, index: number) => ReactNode;
  onAdd: () => void;
  onRemove: (index: number) => void;
  addLabel: string;
  /** The accessible name of a row's remove button, e.g. "Remove document 2". */
  removeLabel: (index: number) => string;
  /** The accessible name of each row's group, e.g. "Document 2". */
  rowLabel: (index: number) => string;
  /** Shown when there are no rows. */
  emptyText?: ReactNode;
  /** An error about the list as a whole. */
  error?: string | undefined;
}

export function RepeatingRows<T>({ legend, rows, renderRow, onAdd, onRemove, addLabel, removeLabel, rowLabel, emptyText, error }: RepeatingRowsProps<T>) {
  const listRef = useRef<HTMLDivElement>(null);
  const previousCount = useRef(rows.length);

  useEffect(() => {
    if (rows.length > previousCount.current) {
      const last = listRef.current?.lastElementChild;
      last?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    }
    previousCount.current = rows.length;
  }, [rows.length]);

  return (
    <fieldset className="repeating-rows">
      <legend>{legend}</legend>
      {rows.length === 0 && emptyText && <p className="repeating-rows__empty">{emptyText}</p>}
      <div ref={listRef} className="repeating-rows__list">
        {rows.map((row, index) => (
          <div key={index} className="repeating-rows__row" role="group" aria-label={rowLabel(index)}>
            <div className="repeating-rows__fields">{renderRow(row, index)}</div>
            <Button variant="quiet" size="small" className="repeating-rows__remove" onClick={() => onRemove(index)} aria-label={removeLabel(index)}>
              <span aria-hidden="true">×</span>
            </Button>
          </div>
        ))}
      </div>
      {error && <p className="field__error">{error}</p>}
      <Button size="small" onClick={onAdd}>
        {addLabel}
      </Button>
    </fieldset>
  );
}
