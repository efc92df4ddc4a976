// The pre-flight in the export view: the findings of `dossier.check` for the choices on screen,
// grouped by severity, in the window's language, each with a link to the tab (and the exhibit or
// event) where it is fixed. The export runs the same check first; a block then needs the
// confirm step (PreflightConfirm) before the export overrides it.
import { useTranslation } from 'react-i18next';
import { findingSeverities, type FindingPlace, type PreflightFinding, type PreflightReport } from '../../../shared/preflight';
import { languageName } from '../../../shared/place-names';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import type { CaseView, OpenView } from '../case-views';

/** A report for the choices it was made for (their JSON), so a changed choice shows it as stale. */
export interface CheckedReport {
  key: string;
  report: PreflightReport;
}

/** The tab a finding's place is fixed in: the case's own fields are edited on its profile; the translators and the export have no tab to go to. */
function tabOf(place: FindingPlace): CaseView | undefined {
  if (place.view === 'case') return 'profile';
  if (place.view === 'translators' || place.view === 'export') return undefined;
  return place.view;
}

/**
 * Once the tab is shown, moves the keyboard to the field a finding names, where the view marks
 * it (`data-field`); a view shown for the first time mounts a moment later, so it is looked for
 * on a few frames.
 */
function focusField(tab: CaseView, field: string, framesLeft = 30): void {
  const element = document.querySelector<HTMLElement>(`#case-panel-${tab} [data-field="${CSS.escape(field)}"]`);
  if (element) {
    element.focus();
    element.scrollIntoView({ block: 'center' });
  } else if (framesLeft > 0) {
    requestAnimationFrame(() => focusField(tab, field, framesLeft - 1));
  }
}

/** Values that name a language are shown by name ("Russian", not "ru"). */
const languageValues = new Set(['language', 'into', 'written']);

function FindingItem({ finding, openView }: { finding: PreflightFinding; openView: OpenView | undefined }) {
  const { t, i18n } = useTranslation('preflight');
  const values = Object.fromEntries(
    Object.entries(finding.values ?? {}).map(([name, value]) => [name, languageValues.has(name) && typeof value === 'string' ? languageName(value, i18n.language) : value]),
  );
  const key = `codes.${finding.code}`;
  // A code this window has no words for yet is shown as it is: still stable, still searchable.
  const words = i18n.exists(`preflight:${key}`) ? t(key as never, values) : finding.code;
  const tab = tabOf(finding.place);
  return (
    <li className={`cw-preflight__finding cw-preflight__finding--${finding.severity}`} data-code={finding.code}>
      <span className="cw-preflight__words">
        {finding.subject && (
          <>
            <bdi className="cw-preflight__subject">{finding.subject}</bdi>:{' '}
          </>
        )}
        {words}
      </span>
      {tab && openView && (
        <Button
          size="small"
          variant="quiet"
          onClick={() => {
            openView(tab, finding.place.id);
            if (finding.place.field) focusField(tab, finding.place.field);
          }}
        >
          {t('open', { place: t(`places.${finding.place.view}`) })}
        </Button>
      )}
    </li>
  );
}

export function PreflightPanel({
  checked,
  currentKey,
  checking,
  error,
  onCheck,
  openView,
  disabled,
}: {
  checked: CheckedReport | null;
  currentKey: string;
  checking: boolean;
  error: unknown;
  onCheck: () => void;
  openView?: OpenView | undefined;
  disabled: boolean;
}) {
  const { t } = useTranslation('preflight');
  const findings = checked?.report.findings ?? [];
  const count = (severity: PreflightFinding['severity']) => findings.filter((finding) => finding.severity === severity).length;
  return (
    <section className="cw-card cw-preflight" aria-labelledby="export-preflight-heading">
      <div className="cw-card__header">
        <h3 id="export-preflight-heading">{t('heading')}</h3>
        <Button onClick={onCheck} busy={checking} disabled={disabled}>
          {t('run')}
        </Button>
      </div>
      {error !== null && <ErrorNotice error={error} />}
      {checked === null ? (
        <p className="muted">{t('explain')}</p>
      ) : (
        <>
          {checked.key !== currentKey && <p className="cw-note cw-note--warning">{t('stale')}</p>}
          {findings.length === 0 ? (
            <p className="cw-note cw-note--info">{t('none')}</p>
          ) : (
            <>
              <p>
                <strong>{t('counts', { block: count('block'), warn: count('warn'), info: count('info') })}</strong>
              </p>
              {findingSeverities
                .filter((severity) => count(severity) > 0)
                .map((severity) => (
                  <div key={severity} className={`cw-preflight__group cw-preflight__group--${severity}`}>
                    <h4 id={`preflight-${severity}`}>{t(`severity.${severity}`)}</h4>
                    <ul aria-labelledby={`preflight-${severity}`}>
                      {findings
                        .filter((finding) => finding.severity === severity)
                        .map((finding, index) => (
                          <FindingItem key={`${finding.code}-${finding.place.id ?? ''}-${finding.place.field ?? ''}-${index}`} finding={finding} openView={openView} />
                        ))}
                    </ul>
                  </div>
                ))}
            </>
          )}
        </>
      )}
    </section>
  );
}

/** The confirm step before an export the pre-flight blocks: export anyway (recorded in the audit log), or go back. */
export function PreflightConfirm({ blocks, onOverride, onCancel }: { blocks: number; onOverride: () => void; onCancel: () => void }) {
  const { t } = useTranslation('preflight');
  return (
    <div className="cw-note cw-note--warning cw-preflight__confirm" role="alertdialog" aria-labelledby="preflight-confirm-heading" aria-describedby="preflight-confirm-text">
      <h4 id="preflight-confirm-heading">{t('confirm.heading')}</h4>
      <p id="preflight-confirm-text">{t('confirm.text', { count: blocks })}</p>
      <div className="form__actions">
        <Button variant="danger" onClick={onOverride}>
          {t('confirm.override')}
        </Button>
        <Button onClick={onCancel} autoFocus>
          {t('confirm.cancel')}
        </Button>
      </div>
    </div>
  );
}
