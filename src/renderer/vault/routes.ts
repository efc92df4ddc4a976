// Where the unlocked window is. No URLs: the window never navigates, it only changes state.
import type { CaseView } from '../case/case-views';

export type Route =
  | { view: 'home' }
  | { view: 'clients' }
  | { view: 'client'; clientId: string }
  | { view: 'case'; caseId: string; initialView?: CaseView | undefined; focusId?: string | undefined; returnTo: Route; opened: number }
  | { view: 'settings' };

/** What the workspace offers every page for moving on. */
export interface Navigate {
  home: () => void;
  clients: () => void;
  client: (clientId: string) => void;
  openCase: (caseId: string, initialView?: CaseView, focusId?: string) => void;
  settings: () => void;
}
