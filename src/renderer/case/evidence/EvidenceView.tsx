// The evidence library: the drop zone and "Add files…" above, the files (virtualized: two
// thousand stay smooth) beside the selected file's preview, facts and description.
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceListItem } from '../../../shared/contract';
import type { CaseDetail } from '../../../shared/models';
import { call } from '../../api';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { matcherFor } from '../../ui/text-match';
import { useLoaded } from '../../ui/useLoaded';
import type { FocusRequest, OpenView } from '../case-views';
import { useDateWords } from '../date-words';
import { formatFileSize } from '../file-size';
import { VirtualListbox } from '../VirtualListbox';
import { EvidenceBadges } from './EvidenceBadges';
import { EvidenceDetails } from './EvidenceDetails';
import { EvidenceImport } from './EvidenceImport';

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
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const filterId = useId();

  const items = state.status === 'ready' ? state.value : [];
  const events = useMemo(() => new Map(detail.events.map((event) => [event.id, event])), [detail.events]);

  const shown = useMemo(() => {
    if (query.trim() === '') return items;
    const matches = matcherFor(query);
    return items.filter((item) => matches([item.title, item.originalName, item.source, item.description, t(`vocab:evidenceKinds.${item.kind}`), item.sha256]));
  }, [items, query, t]);

  useEffect(() => {
    if (!focus) return;
    setSelectedId(focus.id);
    setQuery('');
  }, [focus]);

  const selected = selectedId ? items.find((item) => item.id === selectedId) : undefined;
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
      </div>

      <EvidenceImport caseId={caseId} compact={items.length > 0} onImported={() => void onChanged()} />

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
            {shown.length !== items.length && (
              <p className="muted" aria-live="polite">
                {t('showing', { count: shown.length, total: items.length })}
              </p>
            )}
            <VirtualListbox
              items={shown}
              getId={(item) => item.id}
              selectedId={selectedId}
              onSelect={setSelectedId}
              rowHeight={80}
              label={t('listLabel')}
              idPrefix="evidence-item"
              focusRequest={focus?.seq}
              className="cw-listbox--evidence"
              renderItem={(item) => (
                <div className="cw-row">
                  <div className="cw-row__body">
                    <div className="cw-row__title-line">
                      <span className="cw-row__title" dir="auto">
                        {item.title}
                      </span>
                      <EvidenceBadges item={item} />
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
          <div className="cw-split__detail">
            {selected ? (
              <EvidenceDetails key={selected.id} item={selected} all={items} events={events} onSaved={replace} openView={openView} />
            ) : (
              <EmptyState title={t('noSelection.title')}>{t('noSelection.text')}</EmptyState>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
