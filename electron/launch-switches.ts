// The command-line switches a packaged Dossier accepts: an allowlist, since each switch the app
// does not expect can loosen the process that holds the key (--no-sandbox, a wrapper command
// around every renderer, GPU or utility process, a debugger, V8 flags, a proxy, an extension)
// and a denylist is always one switch short. Pure; main.ts reads process.argv, the command line
// as the app was started, before Electron appends switches of its own (--enable-sandbox).

export interface AllowedSwitch {
  /** The switch name as Chromium reads it (no dashes, nothing from "=" on). */
  name: RegExp;
  platforms: readonly NodeJS.Platform[];
  /** Who adds it, and why it is harmless. */
  why: string;
}

/**
 * Only what the OS adds to a normal start. The desktop entry (Linux), the NSIS shortcuts
 * (Windows) and the dock (macOS) start Dossier with no switches; Electron and Chromium add theirs
 * to their own command line after the start, and to child processes, never to process.argv.
 */
export const ALLOWED_SWITCHES: readonly AllowedSwitch[] = [
  {
    name: /^psn_\d+_\d+$/,
    platforms: ['darwin'],
    why: 'The Finder names the process serial number when it starts an app (older macOS); it carries nothing else.',
  },
];

/**
 * The switches in `args` (the command line after the executable), read as Chromium reads them:
 * "--name", "-name", on Windows also "/name", names before "=", and on Windows in any letter
 * case. Unlike Chromium, a bare "--" does not end them: a switch after it is still refused.
 */
export function launchSwitches(args: readonly string[], platform: NodeJS.Platform): string[] {
  const names: string[] = [];
  for (const arg of args) {
    const prefix = arg.startsWith('--') ? 2 : arg.startsWith('-') || (platform === 'win32' && arg.startsWith('/')) ? 1 : 0;
    if (prefix === 0 || arg.length === prefix) continue;
    const name = arg.slice(prefix).split('=')[0] ?? '';
    names.push(platform === 'win32' ? name.toLowerCase() : name);
  }
  return names;
}

/** The switches a packaged app refuses to start with: every one not on ALLOWED_SWITCHES. */
export function refusedLaunchSwitches(args: readonly string[], platform: NodeJS.Platform): string[] {
  return launchSwitches(args, platform).filter(
    (name) => !ALLOWED_SWITCHES.some((allowed) => allowed.platforms.includes(platform) && allowed.name.test(name)),
  );
}
