// The chronology: the visual band above, the full list (virtualized: thousands of events stay
// smooth) beside the selected event or the form that adds or edits one. A pre-flight finding
// about one of an event's texts opens its form with the keyboard in that text.
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, TimelineEvent } from '../../../shared/models';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { useConfirmLeave } from '../../ui/leave-guard';
import { EmptyState } from '../../ui/EmptyState';
import { StatusMessage } from '../../ui/StatusMessage';
import { matcherFor } from '../../ui/text-match';
import type { FocusRequest, OpenView } from '../case-views';
import { useDateWords } from '../date-words';
import { VirtualListbox } from '../VirtualListbox';
import { focusFieldWhenShown } from '../focus-field';
import { EventDetails } from './EventDetails';
import { caseTextLanguage } from '../../../shared/text-versions';
import { EventForm } from './EventForm';
import { groupOf } from './event-groups';
import { TimelineBand } from './TimelineBand';

type Mode = { kind: 'view' } | { kind: 'new' } | { kind: 'edit'; event: TimelineEvent };

interface TimelineViewProps {
  detail: CaseDetail;
  onChanged: () => Promise<void>;
  focus: FocusRequest | null;
  openView: OpenView;
}

export function TimelineView({ detail, onChanged, focus, openView }: TimelineViewProps) {
  const { t } = useTranslation(['timeline', 'vocab', 'common']);
  const words = useDateWords();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [query, setQuery] = useState('');
  const [disputedOnly, setDisputedOnly] = useState(false);
  const [status, setStatus] = useState('');
  const filterId = useId();
  const headerRef = useRef<HTMLDivElement>(null);
  // "Add event" over an edited event replaces its form: ask first if it has changes.
  const confirmLeave = useConfirmLeave();

  const events = useMemo(
    () => [...detail.events].sort((a, b) => a.sortDate.localeCompare(b.sortDate) || a.title.localeCompare(b.title, undefined, { numeric: true })),
    [detail.events],
  );
  const evidence = useMemo(() => new Map(detail.evidence.map((item) => [item.id, item])), [detail.evidence]);

  const shown = useMemo(() => {
    if (query.trim() === '' && !disputedOnly) return events;
    const matches = matcherFor(query);
    return events.filter(
      (event) =>
        (!disputedOnly || event.status === 'disputed') &&
        matches([event.title, event.place, event.description, t(`vocab:eventTypes.${event.type}`), ...event.actors.map((actor) => actor.name)]),
    );
  }, [events, query, disputedOnly, t]);

  const detailRef = useRef<HTMLDivElement>(null);
  const latestFocus = useRef(0);
  const show = useEffectEvent((request: FocusRequest & { id: string }) => {
    latestFocus.current = request.seq;
    setSelectedId(request.id);
    setQuery('');
    setDisputedOnly(false);
    // A field is one of the event's texts: edited in its form, where the keyboard goes.
    const event = request.field ? detail.events.find((candidate) => candidate.id === request.id) : undefined;
    setMode(event ? { kind: 'edit', event } : { kind: 'view' });
    if (event && request.field) focusFieldWhenShown(() => detailRef.current, request.field, () => latestFocus.current === request.seq);
  });
  useEffect(() => {
    if (focus?.id) show({ ...focus, id: focus.id });
  }, [focus]);

  const selected = selectedId ? events.find((event) => event.id === selectedId) : undefined;

  const afterSave = async (saved: TimelineEvent, created: boolean) => {
    await onChanged();
    setSelectedId(saved.id);
    setMode({ kind: 'view' });
    setStatus(created ? t('status.created', { title: saved.title }) : t('status.updated', { title: saved.title }));
    // The long form is gone and the view would stay scrolled to its end, the band cut in half.
    headerRef.current?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <div className="cw-timeline">
      <div className="cw-view-header" ref={headerRef}>
        <h2>{t('heading')}</h2>
        <span className="muted">{t('count', { count: events.length })}</span>
        <div className="cw-view-header__end">
          <Button variant="primary" onClick={() => confirmLeave(() => setMode({ kind: 'new' }))} disabled={mode.kind === 'new'}>
            {t('addEvent')}
          </Button>
        </div>
      </div>

      <TimelineBand events={shown} selectedId={selectedId} onSelect={setSelectedId} />
      <StatusMessage>{status}</StatusMessage>

      <div className="cw-split">
        <div className="cw-split__list">
          <div className="cw-filter">
            <label htmlFor={filterId}>{t('filter')}</label>
            <input id={filterId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} dir="auto" />
            <label className="cw-filter__check">
              <input type="checkbox" checked={disputedOnly} onChange={(e) => setDisputedOnly(e.target.checked)} />
              {t('disputedOnly')}
            </label>
          </div>
          {shown.length !== events.length && (
            <p className="muted" aria-live="polite">
              {t('showing', { count: shown.length, total: events.length })}
            </p>
          )}
          {events.length === 0 ? (
            <EmptyState title={t('empty.title')}>{t('empty.text')}</EmptyState>
          ) : (
            <VirtualListbox
              items={shown}
              getId={(event) => event.id}
              selectedId={selectedId}
              onSelect={setSelectedId}
              rowHeight={68}
              label={t('listLabel')}
              idPrefix="timeline-event"
              focusRequest={focus?.field ? undefined : focus?.seq}
              renderItem={(event) => (
                <div className="cw-row">
                  <span className={`cw-row__dot cw-group--${groupOf(event.type)}${event.status === 'disputed' ? ' cw-marker--disputed' : ''}`} aria-hidden="true" />
                  <div className="cw-row__body">
                    <div className="cw-row__meta">
                      <span className="cw-row__date">{words.dated(event)}</span>
                      <span>{t(`vocab:eventTypes.${event.type}`)}</span>
                      {event.place && (
                        <bdi className="cw-row__place" title={event.place}>
                          {event.place}
                        </bdi>
                      )}
                    </div>
                    <div className="cw-row__title" dir="auto">
                      {event.title}
                    </div>
                  </div>
                  <div className="cw-row__badges">
                    {event.status === 'disputed' && <Badge tone="warning">{t('disputed')}</Badge>}
                    {event.evidenceIds.length > 0 && (
                      <span className="muted cw-row__count">{t('evidenceCount', { count: event.evidenceIds.length })}</span>
                    )}
                  </div>
                </div>
              )}
            />
          )}
        </div>

        <div className="cw-split__detail" ref={detailRef}>
          {mode.kind === 'new' && (
            <EventForm
              key="new"
              caseId={detail.case.id}
              evidence={detail.evidence}
              written={caseTextLanguage(detail)}
              onSaved={(saved) => void afterSave(saved, true)}
              onCancel={() => setMode({ kind: 'view' })}
            />
          )}
          {mode.kind === 'edit' && (
            <EventForm
              key={mode.event.id}
              caseId={detail.case.id}
              event={mode.event}
              evidence={detail.evidence}
              written={caseTextLanguage(detail)}
              onSaved={(saved) => void afterSave(saved, false)}
              onCancel={() => setMode({ kind: 'view' })}
            />
          )}
          {mode.kind === 'view' &&
            (selected ? (
              <EventDetails
                key={selected.id}
                event={selected}
                evidence={evidence}
                openView={openView}
                onEdit={() => setMode({ kind: 'edit', event: selected })}
                onDeleted={() => {
                  setStatus(t('status.deleted', { title: selected.title }));
                  setSelectedId(null);
                  void onChanged();
                }}
              />
            ) : (
              events.length > 0 && <EmptyState title={t('noSelection.title')}>{t('noSelection.text')}</EmptyState>
            ))}
        </div>
      </div>
    </div>
  );
}
