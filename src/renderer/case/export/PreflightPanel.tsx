// The pre-flight in the export view: the findings of `dossier.check` for the choices on screen,
// grouped by severity, in the window's language, each with a link to the place where it is
// fixed: the tab, the record on it and the very field, with the keyboard in it (the views do the
// focusing, see focus-field.ts); a translator's record opens on the translators' page. The
// export runs the same check first; a block then needs the confirm step (PreflightConfirm)
// before the export overrides it.
import { useTranslation } from 'react-i18next';
import { findingSeverities, type FindingPlace, type PreflightFinding, type PreflightReport } from '../../../shared/preflight';
import { isLegalElementKey, legalElement } from '../../../shared/legal-elements';
import { languageName } from '../../../shared/place-names';
import { isLanguage } from '../../../shared/format/languages';
import { useOpenTranslator, type TranslatorPlace } from '../../translators/translator-link';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import type { CaseView, OpenView } from '../case-views';

/** A report for the choices it was made for (their JSON), so a changed choice shows it as stale. */
export interface CheckedReport {
  key: string;
  report: PreflightReport;
}

/** The tab a finding's place is fixed in: the case's own fields are edited on its profile; the translators are no tab of the case, and the export is where the panel is. */
function tabOf(place: FindingPlace): CaseView | undefined {
  if (place.view === 'case') return 'profile';
  if (place.view === 'translators' || place.view === 'export') return undefined;
  return place.view;
}

/** Values that name a language are shown by name ("Russian", not "ru"). */
const languageValues = new Set(['language', 'into', 'written']);

/**
 * A text with no version in the dossier's language, named by the label its form gives it
 * ("What happened", "Personal statement"), so the lawyer knows which text of the record to write.
 */
function textFieldLabel(t: (key: string, options?: Record<string, unknown>) => string, view: FindingPlace['view'], field: string): string {
  const [name, detail] = field.split('.') as [string, string | undefined];
  if (view === 'timeline') return t(`timeline:form.${name}`, { defaultValue: field });
  if (view === 'evidence') return t(`evidence:metadata.${name}`, { defaultValue: field });
  if (view === 'argument') return t('argument:argumentLabel');
  if (name === 'groundReasoning' && detail) return t('persecution:groundReasoning', { ground: t(`vocab:persecutionGrounds.${detail}`) });
  if (name === 'risks' && detail) return t('textVersions:risk', { n: Number(detail) + 1 });
  return t(`persecution:${name}`, { defaultValue: field });
}

function FindingItem({ finding, openView, openTranslator }: { finding: PreflightFinding; openView: OpenView | undefined; openTranslator: ((place: TranslatorPlace) => void) | undefined }) {
  const { t, i18n } = useTranslation(['preflight', 'timeline', 'evidence', 'persecution', 'textVersions', 'vocab', 'argument']);
  const values: Record<string, string | number> = Object.fromEntries(
    Object.entries(finding.values ?? {}).map(([name, value]) => [name, languageValues.has(name) && typeof value === 'string' ? languageName(value, i18n.language) : value]),
  );
  const { place } = finding;
  // A text with no version is named by its form's label.
  if (finding.code === 'text.no-version' && typeof finding.values?.field === 'string') {
    values.what = textFieldLabel((key, options) => String(t(key as never, options as never)), place.view, finding.values.field);
  }
  // An element of the legal test is named in the window's language, whatever the dossier's.
  const uiLanguage = isLanguage(i18n.language) ? i18n.language : 'en';
  const namesElement = finding.code === 'element.unsupported' || finding.code === 'text.no-version';
  const subject = namesElement && place.view === 'argument' && isLegalElementKey(place.id) ? legalElement(place.id).label[uiLanguage] : finding.subject;
  const key = `codes.${finding.code}`;
  // A code this window has no words for yet is shown as it is: still stable, still searchable.
  const words = i18n.exists(`preflight:${key}`) ? t(key as never, values) : finding.code;
  const tab = tabOf(place);
  const open =
    tab && openView
      ? () => openView(tab, place.id, undefined, place.field)
      : place.view === 'translators' && place.id && openTranslator
        ? () => openTranslator({ id: place.id!, field: place.field })
        : undefined;
  return (
    <li className={`cw-preflight__finding cw-preflight__finding--${finding.severity}`} data-code={finding.code}>
      <span className="cw-preflight__words">
        {subject && (
          <>
            <bdi className="cw-preflight__subject">{subject}</bdi>
            <span className="cw-preflight__separator">: </span>
          </>
        )}
        <span className="cw-preflight__message">{words}</span>
      </span>
      {open && (
        <Button size="small" variant="quiet" className="cw-preflight__open" onClick={open}>
          {t('open', { place: t(`places.${place.view}`) })}
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
  const openTranslator = useOpenTranslator();
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
                          <FindingItem
                            key={`${finding.code}-${finding.place.id ?? ''}-${finding.place.field ?? ''}-${index}`}
                            finding={finding}
                            openView={openView}
                            openTranslator={openTranslator}
                          />
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
