// "Hide the window from screen capture" (Settings, on by default): the window's content is kept
// out of screenshots, screen recordings and screen sharing where the system allows it (Windows
// and macOS; on Linux, setContentProtection does nothing). The decisions are here, pure; main.ts
// calls win.setContentProtection with them.
import type { Settings } from '../src/shared/contract';
import type { Handlers } from '../src/shared/dispatch';

/** Hidden unless the settings say otherwise: a setting that is missing or unread hides. */
export function hidesFromScreenCapture(settings: Pick<Settings, 'hideFromScreenCapture'> | undefined): boolean {
  return settings?.hideFromScreenCapture !== false;
}

/** What a new window starts with: the saved setting, or hidden when it cannot be read. */
export async function screenCaptureAtStart(readSettings: () => Settings | Promise<Settings>): Promise<boolean> {
  try {
    return hidesFromScreenCapture(await readSettings());
  } catch {
    return true;
  }
}

/** `handlers` with settings.update calling `apply` with the saved setting once it returns. */
export function applyingScreenCaptureSetting<H extends Pick<Handlers, 'settings.update'>>(handlers: H, apply: (hide: boolean) => void): H {
  const update: Handlers['settings.update'] = async (input) => {
    const saved = await handlers['settings.update'](input);
    apply(hidesFromScreenCapture(saved));
    return saved;
  };
  return { ...handlers, 'settings.update': update };
}
