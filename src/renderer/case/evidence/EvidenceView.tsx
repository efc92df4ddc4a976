// The evidence library: the drop zone and "Add files…" above, the files (virtualized: two
// thousand stay smooth) beside the selected file's preview, facts and description. Files can be
// chosen (a tick per row, "choose all", Space, Shift- and Ctrl-click) and changed or removed together.
// A pre-flight finding's link selects its file and puts the keyboard in the field it names.
import { useContext, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceListItem } from '../../../shared/contract';
import type { CaseDetail } from '../../../shared/models';
import { call } from '../../api';
import { DeleteWithConfirm } from '../../ui/DeleteWithConfirm';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { KeptDraftsContext } from '../../ui/kept-drafts';
import { StatusMessage } from '../../ui/StatusMessage';
import { matcherFor } from '../../ui/text-match';
import { useLoaded } from '../../ui/useLoaded';
import type { FocusRequest, OpenView } from '../case-views';
import { useDateWords } from '../date-words';
import { formatFileSize } from '../../../shared/format/file-size';
import { VirtualListbox } from '../VirtualListbox';
import { focusFieldWhenShown } from '../focus-field';
import { EvidenceBadges } from './EvidenceBadges';
import { EvidenceBulkEdit } from './EvidenceBulkEdit';
import { EvidenceDetails } from './EvidenceDetails';
import { caseTextLanguage } from '../../../shared/text-versions';
import { CaseTextLanguage } from '../text-versions/case-text-language';
import { toggled, withRange } from './evidence-choice';
import { EvidenceImport } from './EvidenceImport';
import { useFileChecks } from './file-checks';
import { useTextReading } from './text-reading';
import { TextReadingLine } from './TextReadingLine';
import './evidence-bulk.css';

interface EvidenceViewProps {
  detail: CaseDetail;
  onChanged: () => Promise<void>;
  focus: FocusRequest | null;
  openView: OpenView;
}

export function EvidenceView({ detail, onChanged, focus, openView }: EvidenceViewProps) {
  const { t } = useTranslation(['evidence', 'vocab', 'common']);
  const words = useDateWords();
  const caseId = detail.case.id;
  // Follows the case: links made on the timeline show here as soon as the case reloads.
  const { state, reload, setValue } = useLoaded(() => call('evidence.list', { caseId }), [caseId, detail]);
  const checking = useFileChecks(caseId, reload);
  const textReading = useTextReading(caseId);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const filterId = useId();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState('');
  // Bumped by a bulk edit, so the shown file's description form starts again from what the vault
  // now holds instead of saving its older draft back over the change.
  const [revision, setRevision] = useState(0);
  const keptDrafts = useContext(KeptDraftsContext);
  /** Where a Shift-click range starts: the file last chosen or selected by a plain click. */
  const anchorId = useRef<string | null>(null);
  /** The modifier keys of the click being handled (the listbox reports only which row). */
  const clickKeys = useRef<{ shift: boolean; toggle: boolean } | null>(null);

  const items = useMemo(() => (state.status === 'ready' ? state.value : []), [state]);
  const events = useMemo(() => new Map(detail.events.map((event) => [event.id, event])), [detail.events]);
  /** How many files hold each content, to mark the copies let in with "Add anyway". */
  const copies = useMemo(() => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item.sha256, (counts.get(item.sha256) ?? 0) + 1);
    return counts;
  }, [items]);

  const shown = useMemo(() => {
    if (query.trim() === '') return items;
    const matches = matcherFor(query);
    return items.filter((item) => matches([item.title, item.originalName, item.source, item.description, t(`vocab:evidenceKinds.${item.kind}`), item.sha256]));
  }, [items, query, t]);

  /** A field a finding's link asked for, focused once its file's details show (the list loads first). */
  const [wantedField, setWantedField] = useState<{ field: string; seq: number } | null>(null);
  const latestFocus = useRef(0);
  useEffect(() => {
    if (!focus) return;
    latestFocus.current = focus.seq;
    if (focus.id) setSelectedId(focus.id);
    setQuery('');
    setWantedField(focus.field ? { field: focus.field, seq: focus.seq } : null);
  }, [focus]);

  // Files that left the list (removed, gone after a reload, or hidden by the filter) leave the
  // choice too: a bulk change or removal only ever touches files the lawyer can see.
  useEffect(() => {
    setChosen((current) => {
      const present = new Set(shown.map((item) => item.id));
      const kept = [...current].filter((id) => present.has(id));
      return kept.length === current.size ? current : new Set(kept);
    });
  }, [shown]);

  const toggle = (id: string) => {
    anchorId.current = id;
    setChosen((current) => toggled(current, id));
  };

  const chooseRange = (id: string) => {
    const anchor = anchorId.current ?? selectedId;
    const shownIds = shown.map((item) => item.id);
    setChosen((current) => withRange(current, shownIds, anchor, id));
  };

  const onSelect = (id: string) => {
    const keys = clickKeys.current;
    clickKeys.current = null;
    if (keys?.shift) chooseRange(id);
    else if (keys?.toggle) toggle(id);
    else anchorId.current = id;
    setSelectedId(id);
  };

  const onListClick = (event: MouseEvent) => {
    clickKeys.current = { shift: event.shiftKey, toggle: event.ctrlKey || event.metaKey };
  };

  const onListKey = (event: KeyboardEvent) => {
    if ((event.target as HTMLElement).getAttribute('role') !== 'listbox') return;
    if (event.key === ' ' && selectedId) {
      event.preventDefault();
      if (event.shiftKey) chooseRange(selectedId);
      else toggle(selectedId);
    } else if (event.key.toLowerCase() === 'a' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      setChosen(new Set(shown.map((item) => item.id)));
    } else if (event.key === 'Escape' && chosen.size > 0) {
      setChosen(new Set());
    }
  };

  const shownChosen = shown.filter((item) => chosen.has(item.id)).length;
  const chooseAll = (all: boolean) => {
    setChosen((current) => {
      const next = new Set(current);
      for (const item of shown) {
        if (all) next.add(item.id);
        else next.delete(item.id);
      }
      return next;
    });
  };

  const bulkUpdated = (updated: EvidenceListItem[]) => {
    const byId = new Map(updated.map((item) => [item.id, item]));
    for (const id of byId.keys()) keptDrafts.forget(`evidence:${id}`);
    setRevision((current) => current + 1);
    setValue(items.map((item) => byId.get(item.id) ?? item));
    setDone(t('bulk.applied', { count: updated.length }));
    void onChanged();
  };

  const removed = async (ids: readonly string[], count: number) => {
    const gone = new Set(ids);
    setValue(items.filter((item) => !gone.has(item.id)));
    setChosen(new Set());
    if (selectedId && gone.has(selectedId)) setSelectedId(null);
    setDone(t('bulk.removed', { count }));
    await onChanged();
  };

  const selected = selectedId ? items.find((item) => item.id === selectedId) : undefined;

  const detailRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!wantedField) return;
    if (!selected) {
      // Once the list is here: a finding about no one file (none marked key) takes the first; a
      // file no longer listed is not waited for (a later click must not jump to the field).
      if (state.status === 'loading') return;
      if (selectedId === null && items.length > 0) setSelectedId(items[0]!.id);
      else setWantedField(null);
      return;
    }
    setWantedField(null);
    focusFieldWhenShown(() => detailRef.current, wantedField.field, () => latestFocus.current === wantedField.seq);
  }, [wantedField, selected, selectedId, items, state.status]);
  const notReproduced = items.filter((item) => item.dossierSupport === 'not_reproduced').length;

  const replace = (saved: EvidenceListItem) => {
    setValue(items.map((item) => (item.id === saved.id ? saved : item)));
    void onChanged();
  };

  return (
    <div className="cw-evidence">
      <div className="cw-view-header">
        <h2>{t('heading')}</h2>
        <span className="muted">
          {t('count', { count: items.length })}
          {notReproduced > 0 && ` · ${t('notReproducedCount', { count: notReproduced })}`}
        </span>
        <span className="muted" role="status">
          {checking && t('checkingFiles', checking)}
        </span>
      </div>

      <EvidenceImport caseId={caseId} compact={items.length > 0} onImported={() => void onChanged()} />
      {items.length > 0 && <TextReadingLine caseId={caseId} reading={textReading} />}

      <StatusMessage className="cw-evidence__status">{done}</StatusMessage>
      {chosen.size > 0 && (
        <EvidenceBulkEdit
          ids={[...chosen]}
          onUpdated={bulkUpdated}
          onRemoved={(count) => removed([...chosen], count)}
          onClear={() => setChosen(new Set())}
        />
      )}

      {state.status === 'failed' && <ErrorNotice error={state.error} onRetry={reload} />}
      {state.status === 'loading' && <p className="muted">{t('common:loading')}</p>}

      {state.status === 'ready' && items.length === 0 && <EmptyState title={t('empty.title')}>{t('empty.text')}</EmptyState>}

      {items.length > 0 && (
        <div className="cw-split">
          <div className="cw-split__list">
            <div className="cw-filter">
              <label htmlFor={filterId}>{t('filter')}</label>
              <input id={filterId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} dir="auto" />
            </div>
            <div className="cw-choose-all">
              <input
                type="checkbox"
                id={`${filterId}-all`}
                checked={shown.length > 0 && shownChosen === shown.length}
                ref={(input) => {
                  if (input) input.indeterminate = shownChosen > 0 && shownChosen < shown.length;
                }}
                onChange={(e) => chooseAll(e.target.checked)}
                aria-describedby={`${filterId}-hint`}
              />
              <label htmlFor={`${filterId}-all`}>{t('choice.all', { count: shown.length })}</label>
              {chosen.size > 0 && <span className="muted">· {t('choice.chosen', { count: chosen.size })}</span>}
              <p className="field__hint" id={`${filterId}-hint`}>
                {t('choice.hint')}
              </p>
            </div>
            {shown.length !== items.length && (
              <p className="muted" aria-live="polite">
                {t('showing', { count: shown.length, total: items.length })}
              </p>
            )}
            {/* Clicks are seen on their way down, for their Shift and Ctrl keys; keys on their way up. */}
            <div className="cw-evidence__list" onClickCapture={onListClick} onKeyDown={onListKey}>
              <VirtualListbox
                items={shown}
                getId={(item) => item.id}
                selectedId={selectedId}
                onSelect={onSelect}
                rowHeight={80}
                label={t('listLabel')}
                idPrefix="evidence-item"
                focusRequest={focus?.field ? undefined : focus?.seq}
                className="cw-listbox--evidence"
                renderItem={(item) => (
                  <div className="cw-row">
                    <span
                      className={`cw-check${chosen.has(item.id) ? ' cw-check--on' : ''}`}
                      aria-hidden="true"
                      data-testid="evidence-check"
                      onClick={(event) => {
                        event.stopPropagation();
                        if (event.shiftKey) chooseRange(item.id);
                        else toggle(item.id);
                      }}
                    />
                    <div className="cw-row__body">
                      <div className="cw-row__title-line">
                        <span className="cw-row__title" dir="auto">
                          {item.title}
                        </span>
                        {chosen.has(item.id) && <span className="visually-hidden">({t('choice.mark')})</span>}
                        <EvidenceBadges item={item} sameContent={(copies.get(item.sha256) ?? 1) - 1} />
                      </div>
                      <div className="cw-row__meta">
                        <span>{t(`vocab:evidenceKinds.${item.kind}`)}</span>
                        {item.date && <span className="cw-row__date">{words.partial(item.date)}</span>}
                      </div>
                      <div className="cw-row__meta cw-row__meta--technical">
                        <span>{item.mediaType}</span>
                        <span>{formatFileSize(item.size, words.language)}</span>
                        <span title={item.sha256}>
                          {t('facts.sha256')} <code className="cw-hash">{item.sha256.slice(0, 12)}…</code>
                        </span>
                      </div>
                    </div>
                  </div>
                )}
              />
            </div>
          </div>
          <div className="cw-split__detail" ref={detailRef}>
            {selected ? (
              <>
                <div className="cw-evidence__remove">
                  <DeleteWithConfirm
                    key={selected.id}
                    label={t('remove.button')}
                    accessibleLabel={t('remove.accessible', { title: selected.title })}
                    question={t('remove.question', { title: selected.title })}
                    confirmLabel={t('remove.confirm')}
                    groupLabel={t('remove.group', { title: selected.title })}
                    variant="quiet"
                    size="small"
                    onDelete={async () => {
                      const { removed: count } = await call('evidence.remove', { ids: [selected.id] });
                      await removed([selected.id], count);
                    }}
                  />
                </div>
                <CaseTextLanguage.Provider value={caseTextLanguage(detail)}>
                  <EvidenceDetails
                    key={`${selected.id}:${revision}`}
                    item={selected}
                    all={items}
                    events={events}
                    onSaved={replace}
                    openView={openView}
                    spot={focus?.id === selected.id ? focus.at : undefined}
                    filterWords={query}
                    textRevision={textReading.revision}
                    reading={textReading.running !== null}
                  />
                </CaseTextLanguage.Provider>
              </>
            ) : (
              <EmptyState title={t('noSelection.title')}>{t('noSelection.text')}</EmptyState>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
