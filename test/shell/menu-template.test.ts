import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../electron/menu-template';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  it('has the usual edit, view and window menus, built from roles', () => {
    const all = roles(menuTemplate({ platform: 'linux', appName: 'Dossier', developer: false }));
    expect(all).toEqual(expect.arrayContaining(['fileMenu', 'quit', 'editMenu', 'windowMenu']));
    expect(all).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('has no reload or DevTools in a packaged build', () => {
    const all = roles(menuTemplate({ platform: 'win32', appName: 'Dossier', developer: false }));
    expect(all).not.toContain('toggleDevTools');
    expect(all).not.toContain('reload');
    expect(all).not.toContain('forceReload');
  });

  it('offers reload and DevTools while developing', () => {
    const all = roles(menuTemplate({ platform: 'linux', appName: 'Dossier', developer: true }));
    expect(all).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('puts the app menu first on macOS', () => {
    const [first] = menuTemplate({ platform: 'darwin', appName: 'Dossier', developer: false });
    expect(first?.label).toBe('Dossier');
    expect(roles([first ?? {}])).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
  });

  it('has no item that could open a link or run arbitrary code', () => {
    const items = menuTemplate({ platform: 'linux', appName: 'Dossier', developer: true });
    const walk = (list: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      list.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? walk(item.submenu) : [])]);
    expect(walk(items).filter((item) => item.click)).toEqual([]);
  });
});
