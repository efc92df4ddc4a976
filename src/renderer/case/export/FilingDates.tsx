// Which dates the dossier will state, before anything is written: the deadlines marked "state in
// the filing" (in the Deadlines tab), worded as the chosen template and language will print
// them, from the same shared table and function as the dossier itself.
import { useTranslation } from 'react-i18next';
import { filingDates, filingSeparator } from '../../../shared/deadline-text';
import type { CaseDetail } from '../../../shared/models';
import type { Language } from '../../../shared/format/languages';

/** `printed`: whether the chosen template has the interim-measures section that states them. */
export function FilingDates({ detail, language, printed }: { detail: CaseDetail; language: Language; printed: boolean }) {
  const { t } = useTranslation('deadlines');
  const dates = filingDates(detail.deadlines, language);
  if (!printed && dates.length === 0) return null;
  return (
    <section className="cw-card" aria-labelledby="export-filing-dates-heading">
      <h3 id="export-filing-dates-heading">{t('filing.heading')}</h3>
      {!printed ? (
        <p className="muted">{t('filing.notInTemplate', { count: dates.length })}</p>
      ) : dates.length === 0 ? (
        <p className="muted">{t('filing.none')}</p>
      ) : (
        <>
          <p className="muted">{t('filing.intro')}</p>
          <ul className="cw-filing-dates" lang={language}>
            {dates.map((date, index) => (
              <li key={index} dir="auto">
                {date.statement}
                {filingSeparator[language]}
                <strong>{date.when}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
