// What the preload hands the page, with a stand-in for the renderer side of 'electron' (the
// real one runs only inside Electron's sandbox): one narrow function per contract method, the
// events without Electron's event object, and the paths of dropped files, sent to the main
// process on the preload's own channel.
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../src/shared/dossier-api';
import { contract } from '../../src/shared/contract';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  channel: undefined as unknown as import('node:events').EventEmitter,
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  electron.channel = new Emitter();
  return {
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => electron.exposed.set(name, api) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => {
        electron.invoked.push(args);
        return { ok: true, value: null };
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => electron.channel.on(channel, listener),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
        electron.channel.removeListener(channel, listener),
    },
    webUtils: {
      getPathForFile: (file: { name: string }) => {
        if (file.name === 'pasted.txt') throw new Error('no path');
        return `/home/lawyer/${file.name}`;
      },
    },
  };
});

await import('../../electron/preload');
const api = electron.exposed.get('dossier') as DossierApi;

describe('the preload', () => {
  it('exposes window.dossier alone, with one function per contract method plus onEvent and droppedFiles', () => {
    expect([...electron.exposed.keys()]).toEqual(['dossier']);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(contract), 'onEvent', 'droppedFiles'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each call on its own channel with at most the one argument a method takes', async () => {
    electron.invoked.length = 0;
    await api.appInfo();
    await api['vault.unlock']({ dir: '/vault', passphrase: 'p' });
    await (api['clients.get'] as (...args: unknown[]) => Promise<unknown>)({ id: 'a' }, 'smuggled', { more: 1 });
    expect(electron.invoked).toEqual([
      ['dossier:appInfo'],
      ['dossier:vault.unlock', { dir: '/vault', passphrase: 'p' }],
      ['dossier:clients.get', { id: 'a' }],
    ]);
  });

  it("passes events to the page without Electron's event object, until unsubscribed", () => {
    const received: unknown[][] = [];
    const stop = api.onEvent((...args: unknown[]) => received.push(args));
    const sender = { sender: 'the IpcRenderer event, which must stay in the preload' };
    electron.channel.emit('dossier:event', sender, { type: 'locked', reason: 'idle' });
    electron.channel.emit('dossier:other', sender, { type: 'locked', reason: 'user' });
    stop();
    electron.channel.emit('dossier:event', sender, { type: 'locked', reason: 'suspend' });
    expect(received).toEqual([[{ type: 'locked', reason: 'idle' }]]);
    expect(electron.channel.listenerCount('dossier:event')).toBe(0);
  });

  it('tells the main process the paths of dropped files, leaving out a file that has none, and gives the page the same paths', async () => {
    electron.invoked.length = 0;
    const files = [{ name: 'order.pdf' }, { name: 'pasted.txt' }, { name: 'picket.png' }] as File[];
    expect(await api.droppedFiles(files)).toEqual(['/home/lawyer/order.pdf', '/home/lawyer/picket.png']);
    expect(electron.invoked).toEqual([['dossier-shell:dropped-files', ['/home/lawyer/order.pdf', '/home/lawyer/picket.png']]]);
    electron.invoked.length = 0;
    expect(await api.droppedFiles([{ name: 'pasted.txt' }] as File[])).toEqual([]);
    expect(electron.invoked).toEqual([]);
  });
});
