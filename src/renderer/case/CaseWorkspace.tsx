// Everything shown when a lawyer opens one case: a header (title, client in both scripts, forum,
// reference) and the six views as tabs. A view is mounted the first time it is shown and then
// kept, so a half-typed form survives a look at another tab.
import { memo, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../shared/models';
import { ApiError, call } from '../api';
import { Button } from '../ui/Button';
import { daysFromToday } from '../ui/dates';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useFlushPendingSaves } from '../ui/pending-saves';
import { caseViews, type CaseView, type FocusRequest, type OpenView, type TextSpot } from './case-views';
import { CaseTabs, panelId, tabId } from './CaseTabs';
import { isAlarming } from './deadlines/countdown';
import { DeadlinesView } from './deadlines/DeadlinesView';
import { clientNamesInOrder } from './display-names';
import { EvidenceView } from './evidence/EvidenceView';
import { ExportView } from './export/ExportView';
import { PersecutionView } from './persecution/PersecutionView';
import { ArgumentView } from './argument/ArgumentView';
import { ProfileView } from './profile/ProfileView';
import { RedactionView } from './redaction/RedactionView';
import { TimelineView } from './timeline/TimelineView';
import './case.css';
import { caseTextLanguage } from '../../shared/text-versions';

// A tab switch re-renders the workspace; each kept view renders again only when its own props
// change (a 2,000-row exhibit list need not redraw because the lawyer looked at the timeline).
const Profile = memo(ProfileView);
const Timeline = memo(TimelineView);
const Evidence = memo(EvidenceView);
const Persecution = memo(PersecutionView);
const Argument = memo(ArgumentView);
const Deadlines = memo(DeadlinesView);
const Redaction = memo(RedactionView);
const Export = memo(ExportView);

export interface CaseWorkspaceProps {
  caseId: string;
  initialView?: CaseView;
  /** An event or evidence item to select in `initialView` (from a search hit, say). */
  focusId?: string;
  /** For a file found by words in its text: where they are. */
  focusAt?: TextSpot | undefined;
  onClose: () => void;
  /** Told each time another tab is shown (the window remembers it across a lock). */
  onViewChange?: (view: CaseView) => void;
  /** When given, a case that no longer exists calls it instead of showing the error. */
  onNotFound?: () => void;
}

export function CaseWorkspace({ caseId, initialView, focusId, focusAt, onClose, onViewChange, onNotFound }: CaseWorkspaceProps) {
  const { t, i18n } = useTranslation(['caseView', 'vocab', 'common']);
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [view, setView] = useState<CaseView>(initialView ?? 'profile');
  const [visited, setVisited] = useState<ReadonlySet<CaseView>>(() => new Set([initialView ?? 'profile']));
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const focusSeq = useRef(0);
  const loadSeq = useRef(0);
  const onNotFoundRef = useRef(onNotFound);
  onNotFoundRef.current = onNotFound;

  const reload = useCallback(async () => {
    const seq = ++loadSeq.current;
    try {
      const next = await call('cases.get', { id: caseId });
      if (seq !== loadSeq.current) return;
      setDetail(next);
      setLoadError(null);
    } catch (error) {
      if (seq !== loadSeq.current) return;
      if (error instanceof ApiError && error.code === 'NOT_FOUND' && onNotFoundRef.current) onNotFoundRef.current();
      else setLoadError(error);
    }
  }, [caseId]);

  useEffect(() => {
    setDetail(null);
    void reload();
  }, [reload]);

  const flushPendingSaves = useFlushPendingSaves();
  const onViewChangeRef = useRef(onViewChange);
  onViewChangeRef.current = onViewChange;
  useEffect(() => onViewChangeRef.current?.(view), [view]);
  const openView = useCallback<OpenView>((next, id, at, field) => {
    // What was typed in the view being left goes to the vault now, not a moment later.
    void flushPendingSaves();
    setView(next);
    setVisited((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
    if (id || field) setFocus({ view: next, id, field, seq: ++focusSeq.current, at });
  }, [flushPendingSaves]);

  // The frame may send the lawyer to another record of the case while it is open (a search hit).
  useEffect(() => {
    if (initialView) openView(initialView, focusId, focusAt);
  }, [initialView, focusId, focusAt, openView]);

  if (!detail) {
    return (
      <div className="case-workspace">
        {loadError ? (
          <>
            <ErrorNotice error={loadError} onRetry={() => void reload()} />
            <div className="cw-loading-actions">
              <Button onClick={onClose}>{t('closeCase')}</Button>
            </div>
          </>
        ) : (
          <p role="status">{t('loading')}</p>
        )}
      </div>
    );
  }

  const { case: record, client } = detail;
  const clientNames = clientNamesInOrder(client, i18n.language);
  const urgent = detail.deadlines.filter((deadline) => isAlarming(deadline, daysFromToday(deadline.due))).length;
  const focusFor = (candidate: CaseView) => (focus?.view === candidate ? focus : null);

  const panels: Record<CaseView, () => ReactNode> = {
    profile: () => <Profile detail={detail} onChanged={reload} focus={focusFor('profile')} />,
    timeline: () => <Timeline detail={detail} onChanged={reload} focus={focusFor('timeline')} openView={openView} />,
    evidence: () => <Evidence detail={detail} onChanged={reload} focus={focusFor('evidence')} openView={openView} />,
    persecution: () => <Persecution caseId={record.id} initial={detail.persecution} written={caseTextLanguage(detail)} focus={focusFor('persecution')} evidence={detail.evidence} />,
    argument: () => <Argument detail={detail} written={caseTextLanguage(detail)} focus={focusFor('argument')} shown={view === 'argument'} />,
    deadlines: () => <Deadlines detail={detail} onChanged={reload} openView={openView} focus={focusFor('deadlines')} />,
    redaction: () => <Redaction detail={detail} />,
    export: () => <Export detail={detail} openView={openView} shown={view === 'export'} />,
  };

  return (
    <div className="case-workspace">
      <header className="cw-header">
        <div className="cw-header__main">
          <h1 className="cw-header__title" dir="auto">
            {record.title}
          </h1>
          <p className="cw-header__client">
            <span dir="auto">{clientNames.first}</span>
            {clientNames.second && (
              <>
                <span aria-hidden="true"> · </span>
                <span dir="auto">{clientNames.second}</span>
              </>
            )}
          </p>
          <dl className="cw-header__facts">
            <div>
              <dt>{t('header.forum')}</dt>
              <dd>{t(`vocab:forums.${record.forum}`)}</dd>
            </div>
            <div>
              <dt>{t('header.reference')}</dt>
              <dd dir="auto">{record.reference ?? t('header.noReference')}</dd>
            </div>
            <div>
              <dt>{t('header.status')}</dt>
              <dd>{t(`vocab:caseStatuses.${record.status}`)}</dd>
            </div>
          </dl>
        </div>
        <Button className="cw-header__close" onClick={onClose}>
          {t('closeCase')}
        </Button>
      </header>

      {loadError !== null && <ErrorNotice error={loadError} onRetry={() => void reload()} />}

      <CaseTabs
        view={view}
        onChange={(next) => openView(next)}
        label={t('tabsLabel')}
        renderLabel={(candidate) => (
          <>
            {t(`tabs.${candidate}`)}
            {candidate === 'deadlines' && urgent > 0 && (
              <span className="cw-tab__badge">
                {urgent}
                <span className="visually-hidden"> {t('urgentDeadlines', { count: urgent })}</span>
              </span>
            )}
          </>
        )}
      />

      {caseViews.map((candidate) => (
        <section
          key={candidate}
          role="tabpanel"
          id={panelId(candidate)}
          aria-labelledby={tabId(candidate)}
          hidden={candidate !== view}
          tabIndex={0}
          className="cw-panel"
        >
          {visited.has(candidate) && panels[candidate]()}
        </section>
      ))}
    </div>
  );
}
