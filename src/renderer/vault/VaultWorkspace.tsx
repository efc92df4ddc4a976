// The unlocked window: a header (vault name, main navigation, search, settings, lock) and the
// page the person is on. It holds no data of its own beyond the route; everything below it is
// unmounted when the vault locks (App drops this whole tree). Where it was (ids and a tab name)
// goes up to App as it changes, so that unlocking opens the same case on the same tab.
// A vault back from travel mode has no passphrase: it asks for one before anything else shows.
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../shared/contract';
import { call } from '../api';
import { CaseWorkspace } from '../case/CaseWorkspace';
import { ClientPage } from '../clients/ClientPage';
import { ClientsList } from '../clients/ClientsList';
import { UpcomingDeadlines } from '../deadlines-overview/UpcomingDeadlines';
import { SearchDialog } from '../search/SearchDialog';
import { SettingsPage } from '../settings/SettingsPage';
import { OpenTranslatorContext } from '../translators/translator-link';
import { TranslatorsPage } from '../translators/TranslatorsPage';
import { Button } from '../ui/Button';
import { KeptDrafts, KeptDraftsContext } from '../ui/kept-drafts';
import { LeaveGuardContext, useLeaveGuard } from '../ui/leave-guard';
import { createPendingSaves, PendingSavesContext } from '../ui/pending-saves';
import type { CaseView } from '../case/case-views';
import { placeOf, routeOf, type Navigate, type Place, type Route } from './routes';
import { ChooseNewPassphrase } from './ChooseNewPassphrase';
import { KeySlotWarning } from './KeySlotWarning';
import { ariaKeyShortcuts, shortcutLabel, shortcutOf } from './shortcuts';
import type { UnlockedVault } from './vault-status';

interface WorkspaceProps {
  vault: UnlockedVault;
  settings: Settings;
  onSettingsChanged: (settings: Settings) => void;
  /** Where the window was when this vault last locked. */
  returnTo?: Place | undefined;
  /** Told where the window is, each time that changes. */
  onPlace: (place: Place) => void;
}

export function VaultWorkspace(props: WorkspaceProps) {
  // The status as unlocking gave it, until a new passphrase changes it.
  const [vault, setVault] = useState(props.vault);
  if (vault.needsPassphrase) return <ChooseNewPassphrase vault={vault} onDone={setVault} />;
  return <WorkspaceFrame {...props} vault={vault} />;
}

function WorkspaceFrame({ vault, settings, onSettingsChanged, returnTo, onPlace }: WorkspaceProps) {
  const { t } = useTranslation(['shell', 'common']);
  const [route, setRoute] = useState<Route>(() => (returnTo ? routeOf(returnTo, Date.now()) : { view: 'home' }));
  const caseTab = useRef<CaseView | undefined>(undefined);
  const onPlaceRef = useRef(onPlace);
  onPlaceRef.current = onPlace;
  const [searching, setSearching] = useState(false);
  const [locking, setLocking] = useState(false);
  const [warningDismissed, setWarningDismissed] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const routeRef = useRef(route);
  routeRef.current = route;

  useEffect(() => {
    if (route.view !== 'case') caseTab.current = undefined;
    onPlaceRef.current(placeOf(route, caseTab.current));
  }, [route]);
  const caseViewShown = useCallback((view: CaseView) => {
    caseTab.current = view;
    if (routeRef.current.view === 'case') onPlaceRef.current(placeOf(routeRef.current, view));
  }, []);

  // Back after an unlock: focus goes to the page's heading, as after any navigation.
  // Once, for the place the window came back to.
  const focusOnReturn = useEffectEvent(() => {
    if (returnTo) focusHeadingWhenShown(mainRef.current);
  });
  useEffect(() => focusOnReturn(), []);

  const lockRef = useRef<() => void>(() => undefined);
  const [pendingSaves] = useState(createPendingSaves);
  const [keptDrafts] = useState(() => new KeptDrafts());
  const { guard, question } = useLeaveGuard();

  // Ctrl+K searches and Ctrl+L locks from anywhere, inside a text field or a dialog too: caught
  // on the way down, before any control can keep the key for itself.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutOf(event);
      if (!shortcut) return;
      event.preventDefault();
      if (shortcut === 'search') setSearching(true);
      else lockRef.current();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);

  // Another page unmounts this one: a form for a new record asks first (an autosaving form sends
  // what is waiting as it closes).
  const go = useCallback(
    (next: Route) =>
      guard.confirm(() => {
        setRoute(next);
        // A record opened at one of its fields takes the keyboard there instead.
        if (!(next.view === 'translators' && next.focus)) focusHeadingWhenShown(mainRef.current);
      }),
    [guard],
  );

  const navigate = useMemo<Navigate>(
    () => ({
      home: () => go({ view: 'home' }),
      clients: () => go({ view: 'clients' }),
      client: (clientId) => go({ view: 'client', clientId }),
      openCase: (caseId, initialView, focusId, focusAt) =>
        go({
          view: 'case',
          caseId,
          initialView,
          focusId,
          focusAt,
          // Closing a case goes back where it was opened from (not into another case).
          returnTo: routeRef.current.view === 'case' ? routeRef.current.returnTo : routeRef.current,
          opened: Date.now(),
        }),
      settings: () => go({ view: 'settings' }),
      translators: (focus) => {
        const from = routeRef.current;
        // From a case's pre-flight: back to that case's export, where the check is run again.
        const returnTo = focus && from.view === 'case' ? { ...from, initialView: 'export' as const, focusId: undefined, focusAt: undefined, restored: false } : undefined;
        go({ view: 'translators', focus, returnTo });
      },
    }),
    [go],
  );

  async function lock() {
    if (locking) return;
    setLocking(true);
    try {
      await pendingSaves.flushAll();
      await call('vault.lock');
      // The core answers with a `locked` event; App switches to the unlock screen on it.
    } catch {
      setLocking(false);
    }
  }

  lockRef.current = () => void lock();
  const mac = /Mac/i.test(navigator.platform || navigator.userAgent);

  const section = route.view === 'case' ? route.returnTo.view : route.view;

  return (
    <PendingSavesContext.Provider value={pendingSaves}>
      <KeptDraftsContext.Provider value={keptDrafts}>
        <LeaveGuardContext.Provider value={guard}>
          <div className={`workspace${vault.headerWarning && !warningDismissed ? ' workspace--warned' : ''}`}>
            <a
              className="skip-link"
              href="#main"
              onClick={(event) => {
                // The window never navigates, not even to a fragment.
                event.preventDefault();
                mainRef.current?.focus();
              }}
            >
              {t('skipToMain')}
            </a>
            <header className="workspace__header">
              <div className="workspace__brand">
                <span className="workspace__app">{t('common:appName')}</span>
                <span className="workspace__vault" dir="auto" title={vault.dir}>
                  {vault.name}
                </span>
              </div>
              <nav className="workspace__nav" aria-label={t('mainNavigation')}>
                <button type="button" className="nav-link" aria-current={section === 'home' ? 'page' : undefined} onClick={navigate.home}>
                  {t('nav.deadlines')}
                </button>
                <button
                  type="button"
                  className="nav-link"
                  aria-current={section === 'clients' || section === 'client' ? 'page' : undefined}
                  onClick={navigate.clients}
                >
                  {t('nav.clients')}
                </button>
                <button type="button" className="nav-link" aria-current={section === 'translators' ? 'page' : undefined} onClick={() => navigate.translators()}>
                  {t('nav.translators')}
                </button>
              </nav>
              <div className="workspace__actions">
                <Button variant="quiet" className="search-button" onClick={() => setSearching(true)} aria-keyshortcuts={ariaKeyShortcuts('search')}>
                  <span>{t('search')}</span>
                  <kbd aria-hidden="true">{shortcutLabel('search', mac)}</kbd>
                </Button>
                <Button variant="quiet" aria-current={route.view === 'settings' ? 'page' : undefined} onClick={navigate.settings}>
                  {t('settings')}
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => void lock()}
                  busy={locking}
                  title={t('lockHint', { shortcut: shortcutLabel('lock', mac) })}
                  aria-keyshortcuts={ariaKeyShortcuts('lock')}
                >
                  {t('lock')}
                </Button>
              </div>
            </header>
            {vault.headerWarning && !warningDismissed && (
              <KeySlotWarning detail={vault.headerWarning} onOpenSettings={navigate.settings} onDismiss={() => setWarningDismissed(true)} />
            )}

            <main className={`workspace__main workspace__main--${route.view}`} id="main" ref={mainRef} tabIndex={-1}>
              {route.view === 'home' && <UpcomingDeadlines navigate={navigate} />}
              {route.view === 'clients' && <ClientsList navigate={navigate} />}
              {route.view === 'client' && <ClientPage key={route.clientId} clientId={route.clientId} navigate={navigate} />}
              {route.view === 'case' && (
                <OpenTranslatorContext.Provider value={navigate.translators}>
                  <CaseWorkspace
                    key={`${route.caseId}:${route.opened}`}
                    caseId={route.caseId}
                    initialView={route.initialView}
                    focusId={route.focusId}
                    focusAt={route.focusAt}
                    onClose={() => go(route.returnTo)}
                    onViewChange={caseViewShown}
                    onNotFound={route.restored ? () => setRoute({ view: 'home' }) : undefined}
                  />
                </OpenTranslatorContext.Provider>
              )}
              {route.view === 'settings' && <SettingsPage settings={settings} onSettingsChanged={onSettingsChanged} />}
              {route.view === 'translators' && (
                <TranslatorsPage focus={route.focus} onBack={route.returnTo ? () => go({ ...route.returnTo!, ...(route.returnTo!.view === 'case' ? { opened: Date.now() } : {}) }) : undefined} />
              )}
            </main>

            {searching && <SearchDialog navigate={navigate} onClose={() => setSearching(false)} />}
            {question}
          </div>
        </LeaveGuardContext.Provider>
      </KeptDraftsContext.Provider>
    </PendingSavesContext.Provider>
  );
}

/**
 * After navigation, focus goes to the new page's heading, as a screen reader expects. Pages load
 * from the core first, so the heading is awaited (briefly); without one, the main area gets it.
 */
function focusHeadingWhenShown(main: HTMLElement | null): void {
  if (!main) return;
  const focusHeading = (): boolean => {
    const heading = main.querySelector<HTMLElement>('h1');
    if (!heading) return false;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
    return true;
  };
  // The old page's heading is still there until React commits; look after the next frame.
  requestAnimationFrame(() => {
    if (focusHeading()) return;
    main.focus();
    const observer = new MutationObserver(() => {
      // Only while nobody has moved focus meanwhile.
      if (document.activeElement !== main && document.activeElement !== document.body) observer.disconnect();
      else if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    setTimeout(() => observer.disconnect(), 3000);
  });
}
