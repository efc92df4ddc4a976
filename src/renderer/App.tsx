import { useEffect, useState } from 'react';

type VersionState =
  | { status: 'loading' }
  | { status: 'ready'; version: string }
  | { status: 'failed'; message: string };

function useAppVersion(): VersionState {
  const [state, setState] = useState<VersionState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    // Through a promise, so a missing bridge (a preload that failed to load) shows as an error
    // on the page instead of a blank window.
    Promise.resolve()
      .then(() => window.dossier.appInfo())
      .then((result) => {
        if (!current) return;
        setState(
          result.ok
            ? { status: 'ready', version: result.value.version }
            : { status: 'failed', message: result.error.message },
        );
      })
      .catch(() => {
        if (current) setState({ status: 'failed', message: 'The application did not answer.' });
      });
    return () => {
      current = false;
    };
  }, []);

  return state;
}

export function App() {
  const version = useAppVersion();

  return (
    <main className="welcome" aria-labelledby="app-title">
      <h1 id="app-title">Dossier</h1>
      <p className="tagline">Offline, encrypted case builder for protection claims.</p>

      <dl className="facts">
        <dt>Version</dt>
        <dd aria-live="polite">
          {version.status === 'loading' && <span className="muted">Loading…</span>}
          {version.status === 'ready' && version.version}
          {version.status === 'failed' && <span className="error">{version.message}</span>}
        </dd>
      </dl>

      <p className="notice">The vault screens come in a later release.</p>
    </main>
  );
}
