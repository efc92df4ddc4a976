// The exhibits as a checklist in dossier order. Reordering works three ways: drag a row by its
// handle, pick the handle up with Space and move it with the arrow keys (dnd-kit's keyboard
// sensor, announced to screen readers), or the explicit "Move up" and "Move down" buttons.
// Only the rows in view are in the page, so two thousand files stay as quick as twenty.
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../shared/models';
import { Badge } from '../../ui/Badge';
import { moveRow } from '../../ui/rows';
import { useDateWords } from '../date-words';
import type { ExhibitChoice } from './exhibit-choice';

const ROW_HEIGHT = 46;

interface ExhibitOrderProps {
  choice: ExhibitChoice;
  evidence: ReadonlyMap<string, EvidenceItem>;
  onChange: (choice: ExhibitChoice) => void;
}

type Direction = 'up' | 'down';

export function ExhibitOrder({ choice, evidence, onChange }: ExhibitOrderProps) {
  const { t } = useTranslation(['exportView', 'vocab']);
  const [announcement, setAnnouncement] = useState('');
  const scrollRef = useRef<HTMLDivElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const refocus = useRef<{ id: string; direction: Direction } | null>(null);
  // The rows' callbacks stay the same between renders (so rows that did not change are skipped)
  // and read the newest choice from here.
  const latest = useRef({ choice, onChange });
  latest.current = { choice, onChange };
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const total = choice.order.length;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey: (index) => choice.order[index]!,
  });

  const titleOf = useCallback((id: UniqueIdentifier) => evidence.get(String(id))?.title ?? String(id), [evidence]);
  const positionOf = (id: UniqueIdentifier) => latest.current.choice.order.indexOf(String(id)) + 1;

  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: ({ active }) => t('order.pickedUp', { title: titleOf(active.id), position: positionOf(active.id), total }),
      onDragOver: ({ active, over }) => (over ? t('order.movedOver', { title: titleOf(active.id), position: positionOf(over.id), total }) : undefined),
      onDragEnd: ({ active, over }) => (over ? t('order.dropped', { title: titleOf(active.id), position: positionOf(over.id), total }) : undefined),
      onDragCancel: ({ active }) => t('order.cancelled', { title: titleOf(active.id) }),
    }),
    [t, titleOf, total],
  );

  const reorder = (from: number, to: number) => {
    const current = latest.current.choice;
    latest.current.onChange({ ...current, order: moveRow(current.order, from, to) });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const { order } = latest.current.choice;
    if (!over || active.id === over.id) return;
    reorder(order.indexOf(String(active.id)), order.indexOf(String(over.id)));
  };

  const onMove = useCallback(
    (id: string, delta: -1 | 1) => {
      const { order } = latest.current.choice;
      const from = order.indexOf(id);
      const to = from + delta;
      if (to < 0 || to >= order.length) return;
      refocus.current = { id, direction: delta < 0 ? 'up' : 'down' };
      reorder(from, to);
      setAnnouncement(t('order.moved', { title: titleOf(id), position: to + 1, total: order.length }));
    },
    // reorder reads everything it needs from `latest`.
    [t, titleOf],
  );

  const onToggle = useCallback((id: string, on: boolean) => {
    const current = latest.current.choice;
    const included = new Set(current.included);
    if (on) included.add(id);
    else included.delete(id);
    latest.current.onChange({ ...current, included });
  }, []);

  const registerButton = useCallback((key: string, element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  }, []);

  // The row moved under the keyboard user's focus: keep it in view and keep focus on the button
  // they pressed, or on its twin when the row reached the end and that button is now disabled.
  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    const index = choice.order.indexOf(target.id);
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const atEdge = target.direction === 'up' ? index === 0 : index === total - 1;
    const direction = atEdge ? (target.direction === 'up' ? 'down' : 'up') : target.direction;
    requestAnimationFrame(() => buttons.current.get(`${target.id}:${direction}`)?.focus());
  }, [choice.order, total, virtualizer]);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('order.instructions') } }}
    >
      <SortableContext items={choice.order} strategy={verticalListSortingStrategy}>
        <div className="cw-exhibits" ref={scrollRef}>
          <ol className="cw-exhibits__list" aria-label={t('exhibits.listLabel')} style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((row) => {
              const id = choice.order[row.index]!;
              const item = evidence.get(id);
              if (!item) return null;
              return (
                <ExhibitRow
                  key={id}
                  item={item}
                  index={row.index}
                  top={row.start}
                  total={total}
                  included={choice.included.has(id)}
                  onToggle={onToggle}
                  onMove={onMove}
                  registerButton={registerButton}
                />
              );
            })}
          </ol>
        </div>
      </SortableContext>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </DndContext>
  );
}

interface ExhibitRowProps {
  item: EvidenceItem;
  index: number;
  top: number;
  total: number;
  included: boolean;
  onToggle: (id: string, on: boolean) => void;
  onMove: (id: string, delta: -1 | 1) => void;
  registerButton: (key: string, element: HTMLButtonElement | null) => void;
}

const ExhibitRow = memo(function ExhibitRow({ item, index, top, total, included, onToggle, onMove, registerButton }: ExhibitRowProps) {
  const { t } = useTranslation(['exportView', 'vocab']);
  const words = useDateWords();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id });
  const checkboxId = `exhibit-${item.id}`;

  return (
    <li
      ref={setNodeRef}
      aria-posinset={index + 1}
      aria-setsize={total}
      className={`cw-exhibit${included ? '' : ' cw-exhibit--excluded'}${isDragging ? ' cw-exhibit--dragging' : ''}`}
      style={{ top, height: ROW_HEIGHT, transform: CSS.Translate.toString(transform), transition }}
    >
      <button type="button" ref={setActivatorNodeRef} className="cw-exhibit__handle" {...attributes} {...listeners} aria-label={t('order.handle', { title: item.title })}>
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="cw-exhibit__position" aria-hidden="true">
        {index + 1}
      </span>
      <input id={checkboxId} type="checkbox" checked={included} onChange={(e) => onToggle(item.id, e.target.checked)} />
      <label htmlFor={checkboxId} className="cw-exhibit__label" title={item.title}>
        <bdi className="cw-exhibit__title">{item.title}</bdi>
        <span className="muted">
          {' '}
          {t(`vocab:evidenceKinds.${item.kind}`)}
          {item.date && ` · ${words.partial(item.date)}`}
        </span>
      </label>
      {item.confidential && <Badge tone="info">{t('exhibits.confidential')}</Badge>}
      <span className="cw-exhibit__moves">
        <button
          type="button"
          ref={(element) => registerButton(`${item.id}:up`, element)}
          disabled={index === 0}
          onClick={() => onMove(item.id, -1)}
          aria-label={t('order.moveUp', { title: item.title })}
          title={t('order.moveUp', { title: item.title })}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          ref={(element) => registerButton(`${item.id}:down`, element)}
          disabled={index === total - 1}
          onClick={() => onMove(item.id, 1)}
          aria-label={t('order.moveDown', { title: item.title })}
          title={t('order.moveDown', { title: item.title })}
        >
          <span aria-hidden="true">↓</span>
        </button>
      </span>
    </li>
  );
});
