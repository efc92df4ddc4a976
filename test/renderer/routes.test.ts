// What the window keeps across a lock to come back to: ids and a tab name, nothing a record says;
// and the route that shows that place again after the unlock.
import { describe, expect, it } from 'vitest';
import { placeOf, routeOf, type Route } from '../../src/renderer/vault/routes.js';

describe('the place the window returns to after an unlock', () => {
  const fromClient: Route = { view: 'client', clientId: 'client-1' };
  const inCase: Route = { view: 'case', caseId: 'case-1', initialView: 'timeline', focusId: 'event-9', returnTo: fromClient, opened: 1 };

  it('keeps the case, the tab shown now and where the case was opened from, and only their ids', () => {
    const place = placeOf(inCase, 'evidence');
    expect(place).toEqual({ view: 'case', caseId: 'case-1', tab: 'evidence', returnTo: { view: 'client', clientId: 'client-1' } });
    // Nothing else: no focused record, no time, no text.
    expect(JSON.stringify(place)).not.toMatch(/event-9|opened/);
  });

  it('falls back to the tab the case opened on, then to the profile', () => {
    expect(placeOf(inCase, undefined)).toMatchObject({ tab: 'timeline' });
    expect(placeOf({ ...inCase, initialView: undefined }, undefined)).toMatchObject({ tab: 'profile' });
  });

  it('opens the case again on that tab, marked as restored, and closing it goes back where it came from', () => {
    const route = routeOf(placeOf(inCase, 'persecution'), 42);
    expect(route).toEqual({ view: 'case', caseId: 'case-1', initialView: 'persecution', returnTo: fromClient, opened: 42, restored: true });
  });

  it('keeps other pages as they are', () => {
    for (const route of [{ view: 'home' }, { view: 'clients' }, { view: 'settings' }, fromClient] as const) {
      expect(routeOf(placeOf(route, 'export'), 1)).toEqual(route);
    }
  });
});
