// One event as read: when, what, where, who, whether it is disputed, and the files that prove it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem, TimelineEvent } from '../../../shared/models';
import { call } from '../../api';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DeleteWithConfirm } from '../../ui/DeleteWithConfirm';
import type { OpenView } from '../case-views';
import { useDateWords } from '../date-words';
import { groupOf } from './event-groups';
import { CitedProse } from '../citations/CitedProse';

interface EventDetailsProps {
  event: TimelineEvent;
  evidence: ReadonlyMap<string, EvidenceItem>;
  onEdit: () => void;
  onDeleted: () => void;
  openView: OpenView;
}

export function EventDetails({ event, evidence, onEdit, onDeleted, openView }: EventDetailsProps) {
  const { t } = useTranslation(['timeline', 'vocab', 'common']);
  const words = useDateWords();
  const files = useMemo(() => [...evidence.values()], [evidence]);
  return (
    <article className="cw-details" aria-labelledby={`event-heading-${event.id}`}>
      <p className="cw-details__eyebrow">
        <span className={`cw-swatch cw-group--${groupOf(event.type)}`} aria-hidden="true" /> {t(`vocab:eventTypes.${event.type}`)}
        {event.status === 'disputed' && (
          <>
            {' '}
            <Badge tone="warning">{t('disputed')}</Badge>
          </>
        )}
      </p>
      <h3 id={`event-heading-${event.id}`} dir="auto">
        {event.title}
      </h3>
      <dl className="cw-facts">
        <dt>{t('details.date')}</dt>
        <dd>
          {words.dated(event)} <span className="muted">({t(`vocab:datePrecisions.${event.precision}`)})</span>
        </dd>
        {event.place && (
          <>
            <dt>{t('details.place')}</dt>
            <dd dir="auto">{event.place}</dd>
          </>
        )}
        <dt>{t('details.status')}</dt>
        <dd>{t(`vocab:eventStatuses.${event.status}`)}</dd>
        {event.deadlineDays !== undefined && (
          <>
            <dt>{t('details.deadlineDays')}</dt>
            <dd>{t('details.days', { count: event.deadlineDays })}</dd>
          </>
        )}
        {event.actors.length > 0 && (
          <>
            <dt>{t('details.actors')}</dt>
            <dd>
              <ul className="plain-list">
                {event.actors.map((actor, index) => (
                  <li key={index}>
                    <bdi>{actor.name}</bdi>
                    {actor.role && <span className="muted"> — {actor.role}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {event.description && (
        <p className="cw-prose" dir="auto">
          <CitedProse text={event.description} evidence={files} />
        </p>
      )}

      <h4>{t('details.evidence')}</h4>
      {event.evidenceIds.length === 0 ? (
        <p className="muted">{t('details.noEvidence')}</p>
      ) : (
        <ul className="plain-list">
          {event.evidenceIds.map((id) => {
            const item = evidence.get(id);
            return (
              <li key={id}>
                <button type="button" className="cw-link" onClick={() => openView('evidence', id)}>
                  <bdi>{item?.title ?? id}</bdi>
                </button>
                {item && <span className="muted"> — {t(`vocab:evidenceKinds.${item.kind}`)}</span>}
              </li>
            );
          })}
        </ul>
      )}

      <div className="form__actions cw-details__actions">
        <Button variant="primary" onClick={onEdit}>
          {t('details.edit')}
        </Button>
        <DeleteWithConfirm
          label={t('details.delete')}
          question={t('details.confirmDelete', { title: event.title })}
          confirmLabel={t('details.deleteConfirmed')}
          groupLabel={t('details.confirmDeleteLabel')}
          onDelete={async () => {
            await call('events.delete', { id: event.id });
            onDeleted();
          }}
        />
      </div>
    </article>
  );
}
