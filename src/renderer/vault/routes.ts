// Where the unlocked window is. No URLs: the window never navigates, it only changes state.
import type { CaseView, TextSpot } from '../case/case-views';
import type { TranslatorPlace } from '../translators/translator-link';

export type Route =
  | { view: 'home' }
  | { view: 'clients' }
  | { view: 'client'; clientId: string }
  | {
      view: 'case';
      caseId: string;
      initialView?: CaseView | undefined;
      focusId?: string | undefined;
      focusAt?: TextSpot | undefined;
      returnTo: Route;
      opened: number;
      /** Shown again after an unlock: a case deleted meanwhile sends the window home. */
      restored?: boolean;
    }
  | { view: 'settings' }
  | {
      view: 'translators';
      /** A record to open at a field (a pre-flight finding's link). */
      focus?: TranslatorPlace | undefined;
      /** The case the finding's link came from, to go back to. */
      returnTo?: Route | undefined;
    };

/** What the workspace offers every page for moving on. */
export interface Navigate {
  home: () => void;
  clients: () => void;
  client: (clientId: string) => void;
  openCase: (caseId: string, initialView?: CaseView, focusId?: string, focusAt?: TextSpot) => void;
  settings: () => void;
  /** The translators' page; with a place, that record opened for editing at that field. */
  translators: (focus?: TranslatorPlace) => void;
}

/**
 * Where the window was, as the lock leaves it behind so unlocking can go back there: record ids
 * and a tab name only, never anything the records say. Kept in memory, for the vault it belongs to.
 */
export type Place =
  | { view: 'home' }
  | { view: 'clients' }
  | { view: 'client'; clientId: string }
  | { view: 'settings' }
  | { view: 'translators' }
  | { view: 'case'; caseId: string; tab: CaseView; returnTo: Exclude<Place, { view: 'case' }> };

type PagePlace = Exclude<Place, { view: 'case' }>;

function pagePlaceOf(route: Exclude<Route, { view: 'case' }>): PagePlace {
  return route.view === 'client' ? { view: 'client', clientId: route.clientId } : { view: route.view };
}

/** The place of a route, with the tab the case shows now (the route only knows the one it opened on). */
export function placeOf(route: Route, tab: CaseView | undefined): Place {
  if (route.view !== 'case') return pagePlaceOf(route);
  const returnTo = route.returnTo.view === 'case' ? { view: 'home' as const } : pagePlaceOf(route.returnTo);
  return { view: 'case', caseId: route.caseId, tab: tab ?? route.initialView ?? 'profile', returnTo };
}

/** The route that shows a remembered place again (a case opens on its tab, with nothing focused). */
export function routeOf(place: Place, opened: number): Route {
  if (place.view !== 'case') return place;
  return { view: 'case', caseId: place.caseId, initialView: place.tab, returnTo: place.returnTo, opened, restored: true };
}
