// The application menu as data. Role-based items get the platform's usual labels and shortcuts
// (Cmd/Ctrl+Z, C, V, A, zoom, full screen) for free, and the edit roles make copy and paste work
// in text fields. No item opens a URL: the app never reaches the network.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Reload and DevTools are for development only; a packaged build has neither. */
  developer: boolean;
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];

  if (mac) {
    template.push({
      label: options.appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  } else {
    template.push({ role: 'fileMenu', submenu: [{ role: 'quit' }] });
  }

  template.push({ role: 'editMenu' });

  const view: MenuItemConstructorOptions[] = [];
  if (options.developer) {
    view.push({ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' });
  }
  view.push(
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  );
  template.push({ label: 'View', submenu: view });

  template.push({ role: 'windowMenu' });
  return template;
}
