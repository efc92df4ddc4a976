// The clients of the vault: a filter that matches names in both scripts (and country and
// status), an archived toggle, and a virtualized list, since a practice may hold hundreds.
// Arrow keys move between rows; Enter opens one.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../shared/contract';
import { call } from '../api';
import { clientNamesInOrder, countryName } from '../case/display-names';
import type { Navigate } from '../vault/routes';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CheckboxField, TextField } from '../ui/Field';
import { StatusMessage } from '../ui/StatusMessage';
import { Toolbar } from '../ui/Toolbar';
import { useLoaded } from '../ui/useLoaded';
import { ClientForm } from './ClientForm';
import { DocumentWarning } from './DocumentWarning';
import { matcherFor } from '../ui/text-match';

type ClientSummary = MethodOutput<'clients.list'>[number];

const ROW_HEIGHT = 44;

export function ClientsList({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation(['clients', 'vocab', 'common']);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [filter, setFilter] = useState('');
  const [creating, setCreating] = useState(false);
  const { state, reload } = useLoaded(() => call('clients.list', { includeArchived }), [includeArchived]);

  const all = useMemo(() => (state.status === 'ready' ? state.value : []), [state]);
  const shown = useMemo(() => {
    const matches = matcherFor(filter);
    return all.filter((client) =>
      matches([
        client.fullName,
        client.fullNameNative,
        client.currentCountry,
        client.currentCountry && countryName(client.currentCountry, i18n.language),
        client.status && t(`vocab:clientStatuses.${client.status}`),
      ]),
    );
  }, [all, filter, t, i18n.language]);

  if (creating) {
    return (
      <div className="page page--narrow">
        <h1>{t('form.createTitle')}</h1>
        <ClientForm onSaved={(client) => navigate.client(client.id)} onCancel={() => setCreating(false)} />
      </div>
    );
  }

  return (
    <div className="page page--fill">
      <div className="page__head">
        <h1>{t('list.title')}</h1>
        <Button variant="primary" onClick={() => setCreating(true)}>
          {t('list.newClient')}
        </Button>
      </div>
      <Toolbar label={t('list.title')}>
        <TextField
          className="field--inline clients-filter"
          label={t('list.filter')}
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          placeholder={t('list.filterHint')}
          autoComplete="off"
        />
        <CheckboxField label={t('list.showArchived')} checked={includeArchived} onChange={(event) => setIncludeArchived(event.target.checked)} />
      </Toolbar>
      <StatusMessage className="list-count">
        {state.status === 'ready' &&
          (filter ? t('list.shown', { shown: shown.length, total: all.length }) : t('list.count', { count: all.length }))}
      </StatusMessage>

      {state.status === 'loading' && <p className="muted">{t('common:loading')}</p>}
      {state.status === 'failed' && <ErrorNotice error={state.error} onRetry={reload} />}
      {state.status === 'ready' && all.length === 0 && (
        <EmptyState
          title={t('list.empty')}
          action={
            <Button variant="primary" onClick={() => setCreating(true)}>
              {t('list.newClient')}
            </Button>
          }
        >
          {t('list.emptyText')}
        </EmptyState>
      )}
      {state.status === 'ready' && all.length > 0 && shown.length === 0 && <EmptyState title={t('list.noMatch', { filter })} />}
      {shown.length > 0 && <ClientRows clients={shown} onOpen={navigate.client} />}
    </div>
  );
}

function ClientRows({ clients, onOpen }: { clients: ClientSummary[]; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation(['clients', 'vocab']);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: clients.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  function focusRow(index: number) {
    if (index < 0 || index >= clients.length) return;
    virtualizer.scrollToIndex(index);
    // The row may only exist after the scroll has rendered it.
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"] button`)?.focus());
  }

  function onKeyDown(event: React.KeyboardEvent, index: number) {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: clients.length - 1, PageDown: index + 10, PageUp: index - 10 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusRow(Math.max(0, Math.min(clients.length - 1, next)));
  }

  return (
    <div className="client-table">
      <div className="client-table__head client-row" aria-hidden="true">
        <span>{t('list.columns.name')}</span>
        <span>{t('list.columns.nativeName')}</span>
        <span>{t('list.columns.status')}</span>
        <span>{t('list.columns.country')}</span>
        <span className="client-row__cases">{t('list.columns.cases')}</span>
        <span>{t('list.columns.documents')}</span>
      </div>
      <div className="client-table__scroll" ref={scrollRef}>
        <ul className="client-table__body" style={{ height: virtualizer.getTotalSize() }} aria-label={t('list.title')}>
          {virtualizer.getVirtualItems().map((item) => {
            const client = clients[item.index];
            if (!client) return null;
            // The name in the reader's own script leads (Cyrillic in the Russian window).
            const names = clientNamesInOrder(client, i18n.language);
            return (
              <li
                key={client.id}
                data-index={item.index}
                className="client-table__item"
                style={{ transform: `translateY(${item.start}px)`, height: item.size }}
                aria-setsize={clients.length}
                aria-posinset={item.index + 1}
              >
                <button type="button" className="client-row client-row--button" onClick={() => onOpen(client.id)} onKeyDown={(event) => onKeyDown(event, item.index)}>
                  <span className="client-row__name" dir="auto">
                    {names.first}
                    {client.archived && (
                      <>
                        {' '}
                        <Badge>{t('list.archived')}</Badge>
                      </>
                    )}
                  </span>
                  <span className="client-row__native" dir="auto">
                    {names.second ?? ''}
                  </span>
                  <span className="client-row__status">
                    {client.status && <Badge tone={statusTone(client.status)}>{t(`vocab:clientStatuses.${client.status}`)}</Badge>}
                  </span>
                  <span className="client-row__country" dir="auto">
                    {client.currentCountry ? countryName(client.currentCountry, i18n.language) : ''}
                  </span>
                  <span className="client-row__cases">
                    <span className="visually-hidden">{t('list.columns.cases')}: </span>
                    {client.cases}
                  </span>
                  <span className="client-row__warning">{client.documentWarning && <DocumentWarning warning={client.documentWarning} />}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}

/** Statuses that mean a person is in danger now stand out. */
export function statusTone(status: NonNullable<ClientSummary['status']>): 'danger' | 'warning' | 'success' | 'neutral' {
  if (status === 'detained' || status === 'extradited' || status === 'deported' || status === 'house_arrest') return 'danger';
  if (status === 'refused' || status === 'appeal_pending' || status === 'in_hiding' || status === 'in_transit') return 'warning';
  if (status === 'refugee' || status === 'humanitarian_visa') return 'success';
  return 'neutral';
}
