// Exporting the dossier: the template (the one made for the case's forum is chosen first), the
// language, the exhibits and their order; the table of contents with page numbers before
// writing anything; then the export itself, with progress and cancel, and the finished file.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { isLanguage, languageOf, languages, type Language } from '../../../shared/format/languages';
import { disputedEventChoices, type CaseDetail, type DisputedEventChoice } from '../../../shared/models';
import { ApiError, call, newJobId } from '../../api';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { CheckboxField, SelectField } from '../../ui/Field';
import { ProgressBar } from '../../ui/ProgressBar';
import { StatusMessage } from '../../ui/StatusMessage';
import { useLoaded } from '../../ui/useLoaded';
import { formatFileSize } from '../../../shared/format/file-size';
import { useJobProgress } from '../job-progress';
import { ExhibitOrder } from './ExhibitOrder';
import { FilingDates } from './FilingDates';
import { PartsOptions, PartsPredicted, PartsWritten, typedPartLimit } from './FilingParts';
import { initialChoice, mergeChoice, type ExhibitChoice } from './exhibit-choice';
import { PreflightConfirm, PreflightPanel, type CheckedReport } from './PreflightPanel';
import { CitationReport } from '../citations/CitationReport';
import { FactsByElementOption } from '../argument/FactsByElementOption';
import type { OpenView } from '../case-views';
import { RedactionChooser } from '../redaction/RedactionChooser';

type Plan = MethodOutput<'dossier.plan'>;
type Exported = MethodOutput<'dossier.export'>;
type Outcome = { kind: 'done'; result: Exported } | { kind: 'cancelled' } | { kind: 'failed'; error: unknown };

const knownTemplates = ['embassy-humanitarian-visa', 'un-cat-interim-measures', 'national-asylum-bundle', 'us-immigration-court', 'urgent-interim-measures'] as const;
type KnownTemplate = (typeof knownTemplates)[number];
const isKnownTemplate = (id: string): id is KnownTemplate => (knownTemplates as readonly string[]).includes(id);

const phases = ['reading', 'composing', 'exhibits', 'finishing', 'verifying'] as const;
type Phase = (typeof phases)[number];
const isPhase = (phase: string): phase is Phase => (phases as readonly string[]).includes(phase);

/** A file name from the case's reference or title, without the characters file systems refuse. */
function suggestedFileName(reference: string | undefined, title: string, word: string, appName: string): string {
  const base = (reference ?? title).replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 150);
  return `${base || appName} ${word}.pdf`;
}

export function ExportView({ detail, openView, shown = true }: { detail: CaseDetail; openView?: OpenView | undefined; shown?: boolean }) {
  const { t, i18n } = useTranslation(['exportView', 'common']);
  const record = detail.case;
  const templates = useLoaded(() => call('dossier.templates'), []);
  const [template, setTemplate] = useState<string>('');
  const [language, setLanguage] = useState<Language>(() => record.languages.find(isLanguage) ?? 'en');
  const [choice, setChoice] = useState<ExhibitChoice>(() => initialChoice(detail.evidence));
  // Null until the lawyer picks: the chosen template's default applies.
  const [disputedPick, setDisputedPick] = useState<DisputedEventChoice | null>(null);
  const [plan, setPlan] = useState<{ key: string; plan: Plan } | null>(null);
  const [planning, setPlanning] = useState(false);
  const [planError, setPlanError] = useState<unknown>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [undrawableAsImages, setUndrawableAsImages] = useState(false);
  const [partLimitTyped, setPartLimitTyped] = useState('');
  // Null until the lawyer picks: photos are reduced when the dossier has a size limit.
  const [shrinkPick, setShrinkPick] = useState<boolean | null>(null);
  const [factsByElement, setFactsByElement] = useState(false);
  // '' for none: nothing redacted.
  const [redactionProfileId, setRedactionProfileId] = useState('');
  // The chosen profile found deleted: no export until the lawyer chooses again (None or another).
  const [redactionLost, setRedactionLost] = useState<string | null>(null);
  const [osError, setOsError] = useState<unknown>(null);
  const [preflight, setPreflight] = useState<CheckedReport | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<unknown>(null);
  // Set while the confirm step of a blocked export is shown.
  const [confirming, setConfirming] = useState(false);
  const progress = useJobProgress(jobId);

  const evidence = useMemo(() => new Map(detail.evidence.map((item) => [item.id, item])), [detail.evidence]);
  useEffect(() => setChoice((current) => mergeChoice(current, detail.evidence)), [detail.evidence]);

  // The template made for this case's forum, until the lawyer picks another.
  useEffect(() => {
    if (templates.state.status !== 'ready' || template !== '') return;
    const list = templates.state.value;
    setTemplate((list.find((candidate) => candidate.forums.includes(record.forum)) ?? list[0])?.id ?? '');
  }, [templates.state, template, record.forum]);

  const exhibitIds = choice.order.filter((id) => choice.included.has(id));
  const templateList = templates.state.status === 'ready' ? templates.state.value : [];
  const chosen = templateList.find((candidate) => candidate.id === template);
  const disputedEvents = disputedPick ?? chosen?.disputedEvents ?? 'mark';
  const hasDisputedEvents = detail.events.some((event) => event.status === 'disputed');
  const typedLimit = typedPartLimit(partLimitTyped);
  const shrinkPhotos = shrinkPick ?? (typeof typedLimit === 'number' || chosen?.maxPartBytes !== undefined);
  const request = {
    caseId: record.id,
    template,
    language,
    exhibitIds,
    disputedEvents,
    ...(undrawableAsImages ? { undrawablePagesAsImages: true } : {}),
    ...(typeof typedLimit === 'number' ? { maxPartBytes: typedLimit } : {}),
    shrinkPhotos,
    ...(factsByElement ? { factsByElement: true } : {}),
    ...(redactionProfileId ? { redactionProfileId } : {}),
  };
  const requestKey = JSON.stringify(request);
  const confidentialLeftOut = detail.evidence.filter((item) => item.confidential && !choice.included.has(item.id)).length;
  const hasTranslations = detail.evidence.some((item) => item.translationOfId);

  const showContents = async () => {
    setPlanning(true);
    setPlanError(null);
    try {
      setPlan({ key: requestKey, plan: await call('dossier.plan', request) });
    } catch (error) {
      setPlanError(error);
    } finally {
      setPlanning(false);
    }
  };

  /** The pre-flight of the choices on screen; null when it could not run (the panel says why). */
  const runCheck = async (): Promise<CheckedReport | null> => {
    setChecking(true);
    setCheckError(null);
    try {
      const checked = { key: requestKey, report: await call('dossier.check', request) };
      setPreflight(checked);
      return checked;
    } catch (error) {
      setCheckError(error);
      return null;
    } finally {
      setChecking(false);
    }
  };

  const blocks = preflight?.report.findings.filter((finding) => finding.severity === 'block').length ?? 0;

  /** The export checks first; what blocks needs the confirm step, and an override is said to the core explicitly. */
  const exportDossier = async (override = false) => {
    setOutcome(null);
    setOsError(null);
    setConfirming(false);
    if (!override) {
      // Checked again each time: the case may have changed in another tab since the panel's check.
      const checked = await runCheck();
      if (!checked) return;
      if (checked.report.blocked) {
        setConfirming(true);
        return;
      }
    }
    let file: string | undefined;
    try {
      ({ file } = await call('dialog.chooseExportFile', { suggestedName: suggestedFileName(record.reference, record.title, t('fileWord'), t('common:appName')) }));
    } catch (error) {
      setOutcome({ kind: 'failed', error });
      return;
    }
    if (!file) return;
    const job = newJobId();
    setJobId(job);
    try {
      const result = await call('dossier.export', { ...request, file, jobId: job, ...(override ? { overrideBlocks: true } : {}) });
      setOutcome({ kind: 'done', result });
    } catch (error) {
      setOutcome(error instanceof ApiError && error.code === 'CANCELLED' ? { kind: 'cancelled' } : { kind: 'failed', error });
    } finally {
      setJobId(null);
    }
  };

  const openFile = async (method: 'os.openExported' | 'os.showExportedInFolder', file: string) => {
    setOsError(null);
    try {
      await call(method, { file });
    } catch (error) {
      setOsError(error);
    }
  };

  const templateName = (id: string, fallback: string) => (isKnownTemplate(id) ? t(`templates.${id}.name`) : fallback);
  const exporting = jobId !== null;
  const phase = progress && isPhase(progress.phase) ? progress.phase : null;

  return (
    <div className="cw-export">
      <div className="cw-view-header">
        <h2>{t('heading')}</h2>
      </div>

      <section className="cw-card" aria-labelledby="export-settings-heading">
        <h3 id="export-settings-heading">{t('settingsHeading')}</h3>
        {templates.state.status === 'failed' && <ErrorNotice error={templates.state.error} onRetry={templates.reload} />}
        <div className="cw-form__row">
          <SelectField
            label={t('template')}
            value={template}
            disabled={templateList.length === 0 || exporting}
            options={templateList.map((candidate) => ({ value: candidate.id, label: templateName(candidate.id, candidate.description) }))}
            hint={chosen ? (isKnownTemplate(chosen.id) ? t(`templates.${chosen.id}.description`) : chosen.description) : undefined}
            onChange={(e) => setTemplate(e.target.value)}
          />
          <SelectField
            label={t('disputed.label')}
            value={disputedEvents}
            disabled={exporting}
            options={disputedEventChoices.map((id) => ({ value: id, label: t(`disputed.choices.${id}`) }))}
            hint={[
              hasDisputedEvents ? t('disputed.count', { count: detail.events.filter((event) => event.status === 'disputed').length }) : t('disputed.none'),
              chosen ? t('disputed.templateDefault', { choice: t(`disputed.choices.${chosen.disputedEvents}`) }) : '',
            ]
              .filter(Boolean)
              .join(' ')}
            onChange={(e) => setDisputedPick(e.target.value as DisputedEventChoice)}
          />
          <fieldset className="cw-radios" disabled={exporting}>
            <legend>{t('language')}</legend>
            {languages.map((id) => (
              <label key={id}>
                <input type="radio" name="dossier-language" value={id} checked={language === id} onChange={() => setLanguage(id)} />
                {t(`languages.${id}`)}
              </label>
            ))}
          </fieldset>
        </div>
        <PartsOptions
          typed={partLimitTyped}
          onTyped={setPartLimitTyped}
          templateLimit={chosen?.maxPartBytes}
          shrink={shrinkPhotos}
          onShrink={setShrinkPick}
          disabled={exporting}
        />
        <FactsByElementOption checked={factsByElement} onChange={setFactsByElement} disabled={exporting} />
        <RedactionChooser caseId={record.id} shown={shown} value={redactionProfileId} onChange={setRedactionProfileId} onLost={setRedactionLost} disabled={exporting} />
      </section>

      <section className="cw-card" aria-labelledby="export-exhibits-heading">
        <div className="cw-card__header">
          <h3 id="export-exhibits-heading">{t('exhibits.heading')}</h3>
          <span className="muted">{t('exhibits.count', { count: exhibitIds.length, total: choice.order.length })}</span>
        </div>
        {choice.order.length === 0 ? (
          <EmptyState title={t('exhibits.none')}>{t('exhibits.noneText')}</EmptyState>
        ) : (
          <>
            <p className="muted">{t('exhibits.help')}</p>
            {confidentialLeftOut > 0 && <p className="cw-note cw-note--info">{t('exhibits.confidentialNote', { count: confidentialLeftOut })}</p>}
            {hasTranslations && <p className="cw-note">{t('exhibits.translationsNote')}</p>}
            <div className="form__actions">
              <Button size="small" onClick={() => setChoice({ ...choice, included: new Set(choice.order) })} disabled={exporting}>
                {t('exhibits.selectAll')}
              </Button>
              <Button size="small" onClick={() => setChoice({ ...choice, included: new Set() })} disabled={exporting}>
                {t('exhibits.selectNone')}
              </Button>
            </div>
            <ExhibitOrder choice={choice} evidence={evidence} onChange={setChoice} />
          </>
        )}
      </section>

      <FilingDates detail={detail} language={language} printed={chosen?.statesFilingDates ?? false} />

      <section className="cw-card" aria-labelledby="export-contents-heading">
        <div className="cw-card__header">
          <h3 id="export-contents-heading">{t('contents.heading')}</h3>
          <Button onClick={() => void showContents()} busy={planning} disabled={!template || exporting}>
            {t('contents.show')}
          </Button>
        </div>
        {planError !== null && <ErrorNotice error={planError} />}
        {plan === null ? (
          <p className="muted">{t('contents.explain')}</p>
        ) : (
          <>
            {plan.key !== requestKey && <p className="cw-note cw-note--warning">{t('contents.stale')}</p>}
            <p>
              <strong>{t('contents.totalPages', { count: plan.plan.pages })}</strong>
            </p>
            <ol className="cw-toc" aria-label={t('contents.listLabel')}>
              {plan.plan.contents.map((entry, index) => (
                <li key={index} className={`cw-toc__entry cw-toc__entry--level${Math.min(entry.level, 3)}`}>
                  <bdi className="cw-toc__title">{entry.title}</bdi>
                  <span className="cw-toc__leader" aria-hidden="true" />
                  <span className="cw-toc__page">
                    <span className="visually-hidden">{t('contents.page')} </span>
                    {entry.page}
                  </span>
                </li>
              ))}
            </ol>
            {plan.plan.parts && <PartsPredicted parts={plan.plan.parts} />}
            <Warnings warnings={plan.plan.warnings} />
          </>
        )}
        {(undrawableAsImages || (plan !== null && plan.plan.undrawablePages > 0)) && (
          <div className="cw-export-option">
            <CheckboxField
              label={t('contents.undrawableAsImages')}
              hint={plan !== null ? t('contents.undrawableHint', { count: plan.plan.undrawablePages }) : undefined}
              checked={undrawableAsImages}
              disabled={exporting}
              onChange={(e) => setUndrawableAsImages(e.target.checked)}
            />
          </div>
        )}
      </section>

      <PreflightPanel
        checked={preflight}
        currentKey={requestKey}
        checking={checking}
        error={checkError}
        onCheck={() => void runCheck()}
        openView={openView}
        disabled={!template || exporting || typedLimit === null}
      />
      <CitationReport detail={detail} request={request} requestKey={requestKey} openView={openView} disabled={!template || exporting || typedLimit === null} />

      <section className="cw-card" aria-labelledby="export-run-heading">
        <h3 id="export-run-heading">{t('run.heading')}</h3>
        <div className="form__actions">
          <Button
            variant="primary"
            onClick={() => void exportDossier()}
            busy={checking && !confirming}
            disabled={!template || exporting || typedLimit === null || redactionLost !== null}
          >
            {t('run.export')}
          </Button>
        </div>
        {confirming && <PreflightConfirm blocks={blocks} onOverride={() => void exportDossier(true)} onCancel={() => setConfirming(false)} />}
        {exporting && (
          <div className="cw-job">
            <ProgressBar
              label={phase ? t(`phases.${phase}`) : t('phases.starting')}
              done={progress?.done ?? 0}
              total={progress?.total ?? 1}
              detail={
                phase === 'exhibits' && progress
                  ? `${t('run.exhibitOf', { done: progress.done, total: progress.total })}${progress.label ? ` — ${progress.label}` : ''}`
                  : progress?.label
              }
            />
            <Button onClick={() => jobId && void call('jobs.cancel', { jobId })}>{t('run.cancel')}</Button>
          </div>
        )}
        <StatusMessage>
          {outcome?.kind === 'done' &&
            t('run.done', { count: outcome.result.pages, size: formatFileSize(outcome.result.bytes, languageOf(i18n.language)) })}
          {outcome?.kind === 'cancelled' && t('common:errors.CANCELLED')}
        </StatusMessage>
        {outcome?.kind === 'failed' && <ErrorNotice error={outcome.error} />}
        {outcome?.kind === 'done' && (
          <div className="cw-export-result">
            <p className="cw-break">
              <bdi>{outcome.result.file}</bdi>
            </p>
            {outcome.result.parts && <PartsWritten parts={outcome.result.parts} onOpen={(file) => void openFile('os.openExported', file)} />}
            <Warnings warnings={outcome.result.warnings} />
            <div className="form__actions">
              <Button variant="primary" onClick={() => void openFile('os.openExported', outcome.result.file)}>
                {t('run.open')}
              </Button>
              <Button onClick={() => void openFile('os.showExportedInFolder', outcome.result.file)}>{t('run.showInFolder')}</Button>
            </div>
            {osError !== null && <ErrorNotice error={osError} />}
          </div>
        )}
      </section>
    </div>
  );
}

function Warnings({ warnings }: { warnings: readonly string[] }) {
  const { t } = useTranslation('exportView');
  if (warnings.length === 0) return null;
  return (
    <div className="cw-warnings">
      <h4>{t('warnings', { count: warnings.length })}</h4>
      <ul>
        {warnings.map((warning, index) => (
          <li key={index} dir="auto">
            {warning}
          </li>
        ))}
      </ul>
    </div>
  );
}
