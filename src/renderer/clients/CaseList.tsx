// The cases of one client on the client page: open, create, edit, archive and restore.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../shared/contract';
import type { Case } from '../../shared/models';
import { call } from '../api';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { formatInstant } from '../../shared/format/dates';
import { languageOf } from '../../shared/format/languages';
import { EmptyState } from '../ui/EmptyState';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CheckboxField } from '../ui/Field';
import { CaseForm } from './CaseForm';

type CaseSummary = MethodOutput<'cases.list'>[number];

export function CaseList({
  clientId,
  cases,
  onOpen,
  onChanged,
  onCreated,
}: {
  clientId: string;
  cases: CaseSummary[];
  onOpen: (caseId: string) => void;
  /** After an edit or an archive; the message is announced. */
  onChanged: (message: string) => void;
  onCreated: (created: Case) => void;
}) {
  const { t, i18n } = useTranslation(['clients', 'vocab', 'common']);
  const [showArchived, setShowArchived] = useState(false);
  const [form, setForm] = useState<{ mode: 'create' } | { mode: 'edit'; record: Case } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const archivedCount = cases.filter((item) => item.status === 'archived').length;
  const shown = showArchived ? cases : cases.filter((item) => item.status !== 'archived');

  async function edit(caseId: string) {
    setBusyId(caseId);
    setFailure(null);
    try {
      const detail = await call('cases.get', { id: caseId });
      setForm({ mode: 'edit', record: detail.case });
    } catch (error) {
      setFailure(error);
    } finally {
      setBusyId(null);
    }
  }

  async function setArchived(caseId: string, archived: boolean) {
    setBusyId(caseId);
    setFailure(null);
    try {
      await call('cases.archive', { id: caseId, archived });
      onChanged(archived ? t('cases.archivedDone') : t('cases.restoredDone'));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusyId(null);
    }
  }

  return (
    <section className="panel case-list" aria-labelledby="case-list-title">
      <div className="panel__head">
        <h2 id="case-list-title">{t('cases.title')}</h2>
        <Button variant="primary" size="small" onClick={() => setForm({ mode: 'create' })}>
          {t('cases.newCase')}
        </Button>
      </div>
      {archivedCount > 0 && (
        <CheckboxField label={t('cases.showArchivedCount', { count: archivedCount })} checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      {shown.length === 0 ? (
        <EmptyState
          title={t('cases.empty')}
          action={
            <Button variant="primary" onClick={() => setForm({ mode: 'create' })}>
              {t('cases.newCase')}
            </Button>
          }
        >
          {t('cases.emptyText')}
        </EmptyState>
      ) : (
        <ul className="case-cards">
          {shown.map((item) => (
            <li key={item.id} className={`case-card${item.status === 'archived' ? ' case-card--archived' : ''}`}>
              <div className="case-card__main">
                <h3 className="case-card__title">
                  <button type="button" className="link-button" onClick={() => onOpen(item.id)} dir="auto">
                    {item.title}
                  </button>
                </h3>
                <p className="case-card__meta">
                  <span>{t(`vocab:forums.${item.forum}`)}</span>
                  {item.reference && (
                    <span dir="auto" className="case-card__reference">
                      {item.reference}
                    </span>
                  )}
                  <Badge tone={item.status === 'archived' || item.status === 'closed' ? 'neutral' : item.status === 'submitted' ? 'info' : 'success'}>
                    {t(`vocab:caseStatuses.${item.status}`)}
                  </Badge>
                </p>
                <p className="case-card__counts muted">
                  {t('cases.events', { count: item.events })} · {t('cases.evidence', { count: item.evidence })} ·{' '}
                  {t('cases.updated', { date: formatInstant(item.updatedAt, languageOf(i18n.language), 'date') })}
                </p>
              </div>
              <div className="case-card__actions">
                <Button size="small" variant="primary" onClick={() => onOpen(item.id)} aria-label={t('cases.openCaseNamed', { title: item.title })}>
                  {t('cases.openCase')}
                </Button>
                <Button size="small" busy={busyId === item.id && form === null} onClick={() => edit(item.id)} aria-label={t('cases.editCaseNamed', { title: item.title })}>
                  {t('common:edit')}
                </Button>
                <Button
                  size="small"
                  variant="quiet"
                  disabled={busyId === item.id}
                  onClick={() => setArchived(item.id, item.status !== 'archived')}
                  aria-label={item.status === 'archived' ? t('cases.restoreCaseNamed', { title: item.title }) : t('cases.archiveCaseNamed', { title: item.title })}
                >
                  {item.status === 'archived' ? t('common:restore') : t('common:archive')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {form && (
        <CaseForm
          clientId={clientId}
          record={form.mode === 'edit' ? form.record : undefined}
          onCancel={() => setForm(null)}
          onSaved={(saved) => {
            const created = form.mode === 'create';
            setForm(null);
            if (created) onCreated(saved);
            else onChanged(t('cases.savedDone'));
          }}
        />
      )}
    </section>
  );
}
