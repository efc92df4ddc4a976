// The home page: every open case's deadlines in the coming weeks, soonest first, each with a
// countdown. Less than 7 days left (or overdue) is highlighted, in words as well as colour; a
// deadline marked done stays listed as done, without the alarm.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDeadlineTime } from '../../shared/deadline-text';
import { call } from '../api';
import { formatPartialDate } from '../../shared/format/dates';
import { languageOf } from '../../shared/format/languages';
import { isAlarming } from '../case/deadlines/countdown';
import { clientDisplayName } from '../case/display-names';
import { useDeadlineText } from '../case/deadlines/deadline-text';
import type { Navigate } from '../vault/routes';
import { Button } from '../ui/Button';
import { daysFromToday } from '../ui/dates';
import { EmptyState } from '../ui/EmptyState';
import { ErrorNotice } from '../ui/ErrorNotice';
import { SelectField } from '../ui/Field';
import { useLoaded } from '../ui/useLoaded';
import { Countdown } from './Countdown';

const ranges = [14, 30, 60, 90, 365] as const;

export function UpcomingDeadlines({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation(['shell', 'common']);
  const [days, setDays] = useState<number>(60);
  const { state, reload } = useLoaded(() => call('deadlines.upcoming', { days }), [days]);
  const deadlineText = useDeadlineText();

  const urgent = state.status === 'ready' ? state.value.filter((item) => isAlarming(item.deadline, daysFromToday(item.deadline.due))).length : 0;

  return (
    <div className="page">
      <div className="page__head">
        <h1>{t('home.title')}</h1>
        <SelectField
          className="field--inline"
          label={t('home.range')}
          value={String(days)}
          onChange={(event) => setDays(Number(event.target.value))}
          options={ranges.map((value) => ({ value: String(value), label: t('home.rangeDays', { count: value }) }))}
        />
      </div>
      <p className="page__intro">{t('home.intro', { count: days })}</p>
      {urgent > 0 && (
        <p className="urgent-summary" role="status">
          {t('home.urgent', { count: urgent })}
        </p>
      )}
      {state.status === 'loading' && <p className="muted">{t('common:loading')}</p>}
      {state.status === 'failed' && <ErrorNotice error={state.error} onRetry={reload} />}
      {state.status === 'ready' && state.value.length === 0 && (
        <EmptyState title={t('home.empty')} action={<Button onClick={navigate.clients}>{t('home.goToClients')}</Button>}>
          {t('home.emptyText')}
        </EmptyState>
      )}
      {state.status === 'ready' && state.value.length > 0 && (
        <table className="data-table deadlines-table">
          <thead>
            <tr>
              <th scope="col">{t('home.columns.due')}</th>
              <th scope="col">{t('home.columns.left')}</th>
              <th scope="col">{t('home.columns.deadline')}</th>
              <th scope="col">{t('home.columns.client')}</th>
              <th scope="col">{t('home.columns.case')}</th>
            </tr>
          </thead>
          <tbody>
            {state.value.map(({ deadline, caseTitle, clientName, clientNameNative }) => {
              const left = daysFromToday(deadline.due);
              const { title, consequence } = deadlineText(deadline);
              return (
                <tr key={deadline.id} className={isAlarming(deadline, left) ? 'is-urgent' : undefined}>
                  <td className="tabular">
                    <span className="nowrap">{formatPartialDate(deadline.due, languageOf(i18n.language))}</span>
                    {deadline.time && <span className="muted"> {formatDeadlineTime(deadline, i18n.language)}</span>}
                  </td>
                  <td>
                    <Countdown daysLeft={left} done={deadline.done} />
                  </td>
                  <td>
                    <span dir="auto" className="deadlines-table__title">
                      {title}
                    </span>
                    {deadline.origin === 'derived' && <span className="muted"> · {t('home.derived')}</span>}
                    {consequence && !deadline.done && (
                      <span className="deadlines-table__consequence" dir="auto">
                        {t('home.consequence', { consequence })}
                      </span>
                    )}
                  </td>
                  <td dir="auto">{clientDisplayName({ fullName: clientName, fullNameNative: clientNameNative }, i18n.language)}</td>
                  <td>
                    <button type="button" className="link-button" dir="auto" onClick={() => navigate.openCase(deadline.caseId, 'deadlines')}>
                      {caseTitle}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
