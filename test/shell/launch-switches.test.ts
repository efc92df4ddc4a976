// A packaged Dossier refuses to start with any command-line switch it does not expect: each one
// can loosen what the key's process is (no sandbox, a wrapper around every renderer or the GPU
// process, a debugger, V8 flags), and a denylist is always one switch short.
import { describe, expect, it } from 'vitest';
import { launchSwitches, refusedLaunchSwitches } from '../../electron/launch-switches';

describe('switches on the command line of a packaged app', () => {
  it.each([
    ['--no-sandbox'],
    ['--renderer-cmd-prefix=gdb --args'],
    ['--gpu-launcher=/tmp/x.sh'],
    ['--utility-cmd-prefix=/tmp/x.sh'],
    ['--browser-subprocess-path=/tmp/x'],
    ['--inspect'],
    ['--inspect-brk=9229'],
    ['--inspect-port=0'],
    ['--remote-debugging-port=9222'],
    ['--remote-debugging-pipe'],
    ['--js-flags=--allow-natives-syntax'],
    ['--disable-web-security'],
    ['--load-extension=/tmp/ext'],
    ['--proxy-server=http://evil:8080'],
    ['--enable-logging'],
    ['--user-data-dir=/tmp/elsewhere'],
    ['-no-sandbox'],
    ['--NO-SANDBOX'],
  ])('refuses %s', (arg) => {
    expect(refusedLaunchSwitches([arg], 'linux')).toHaveLength(1);
  });

  it('refuses every unexpected switch, wherever it stands and however it is spelled', () => {
    expect(refusedLaunchSwitches(['case.json', '--no-sandbox', '--', '--gpu-launcher=x'], 'linux')).toEqual(['no-sandbox', 'gpu-launcher']);
    // Windows: Chromium also takes /switch, and reads switch names in any letter case.
    expect(refusedLaunchSwitches(['/No-Sandbox', '--Inspect'], 'win32')).toEqual(['no-sandbox', 'inspect']);
  });

  it('lets a plain start through, and what the OS adds itself (macOS: the Finder process serial number)', () => {
    expect(refusedLaunchSwitches([], 'linux')).toEqual([]);
    expect(refusedLaunchSwitches(['/home/lawyer/case.json', '-', '--'], 'linux')).toEqual([]);
    expect(refusedLaunchSwitches(['-psn_0_1234567'], 'darwin')).toEqual([]);
    expect(refusedLaunchSwitches(['-psn_0_1234567'], 'linux')).toEqual(['psn_0_1234567']);
    expect(refusedLaunchSwitches(['C:\\Users\\lawyer\\case.json'], 'win32')).toEqual([]);
  });

  it('are read as Chromium reads them: the name before "=", without its dashes', () => {
    expect(launchSwitches(['--a=b=c', '-x', 'file', '--', '---y'], 'linux')).toEqual(['a', 'x', '-y']);
    expect(launchSwitches(['/a', 'C:\\b'], 'win32')).toEqual(['a']);
    expect(launchSwitches(['/a'], 'linux')).toEqual([]);
  });
});
