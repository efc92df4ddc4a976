// Hiding the window from screenshots and screen sharing (setContentProtection) follows the
// setting: on from the start unless the user turned it off, and changed the moment
// settings.update returns. Driven against the real core service's settings on disk; only the
// window is a recording here.
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fontsDirOf } from '../../electron/app-paths';
import { applyingScreenCaptureSetting, hidesFromScreenCapture, screenCaptureAtStart } from '../../electron/screen-capture';
import { createCoreService } from '../../src/core/service/core-service';
import { dispatch, type Handlers } from '../../src/shared/dispatch';
import { repoRoot } from '../support/sample-case';
import { tempDir } from '../support/temp-dir';

async function coreSettings() {
  const dir = await tempDir('dossier-screen-capture-');
  const service = createCoreService({ settingsDir: path.join(dir, 'settings'), fontsDir: fontsDirOf(repoRoot), emit: () => undefined });
  onTestFinished(() => service.close());
  return service.handlers;
}

describe('hiding the window from screen capture', () => {
  it('is on unless the settings turn it off', () => {
    expect(hidesFromScreenCapture({ hideFromScreenCapture: true })).toBe(true);
    expect(hidesFromScreenCapture({ hideFromScreenCapture: false })).toBe(false);
    expect(hidesFromScreenCapture(undefined)).toBe(true);
  });

  it('starts as the saved settings say, and on when they cannot be read', async () => {
    const handlers = await coreSettings();
    expect(await screenCaptureAtStart(() => handlers['settings.get'](undefined))).toBe(true);
    await handlers['settings.update']({ hideFromScreenCapture: false });
    expect(await screenCaptureAtStart(() => handlers['settings.get'](undefined))).toBe(false);
    expect(await screenCaptureAtStart(() => Promise.reject(new Error('settings.json is damaged')))).toBe(true);
  });

  it('follows settings.update once it returns, and only a change that was saved', async () => {
    const applied: boolean[] = [];
    const core = await coreSettings();
    // Only settings.update is called here; dispatch types the full set of handlers.
    const handlers = applyingScreenCaptureSetting(core as unknown as Handlers, (hide) => applied.push(hide));

    expect(await dispatch(handlers, 'settings.update', [{ hideFromScreenCapture: false }])).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'settings.update', [{ autoLockMinutes: 5 }])).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'settings.update', [{ hideFromScreenCapture: true }])).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'settings.update', [{ autoLockMinutes: 0 }])).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(applied).toEqual([false, false, true]);
  });
});
