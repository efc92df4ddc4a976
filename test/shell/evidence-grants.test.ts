// The main process's record of the files the window may import: those a native dialog returned
// and those the preload resolved from a real drop. Plain Node, no Electron.
import { describe, expect, it } from 'vitest';
import { droppedFilePaths } from '../../electron/dropped-files';
import { EvidenceGrants } from '../../electron/evidence-grants';

describe('the evidence grants', () => {
  it('allow a list only when every file in it was granted, however its path is spelled', () => {
    const grants = new EvidenceGrants();
    grants.grant(['/home/lawyer/Evidence/order.pdf', '/home/lawyer/Evidence/picket.png']);
    expect(grants.allowsAll(['/home/lawyer/Evidence/order.pdf'])).toBe(true);
    expect(grants.allowsAll(['/home/lawyer/Evidence/./x/../picket.png', '/home/lawyer/Evidence/order.pdf'])).toBe(true);
    expect(grants.allowsAll(['/home/lawyer/Evidence/order.pdf', '/home/lawyer/.ssh/id_ed25519'])).toBe(false);
    expect(grants.allowsAll(['order.pdf'])).toBe(false);
    expect(grants.allowsAll([])).toBe(false);
  });

  it('grant nothing for a relative path', () => {
    const grants = new EvidenceGrants();
    grants.grant(['order.pdf']);
    expect(grants.allowsAll([`${process.cwd()}/order.pdf`])).toBe(false);
  });
});

describe("the preload's dropped-files message", () => {
  it('is a list of at most 10,000 paths, and nothing else is taken for one', () => {
    expect(droppedFilePaths(['/home/lawyer/order.pdf', 'C:\\Users\\lawyer\\order.pdf'])).toEqual([
      '/home/lawyer/order.pdf',
      'C:\\Users\\lawyer\\order.pdf',
    ]);
    for (const wrong of [undefined, '/home/lawyer/order.pdf', [42], [''], ['a\u0000b'], { 0: '/x', length: 1 }, Array(10_001).fill('/x')]) {
      expect(droppedFilePaths(wrong), JSON.stringify(wrong)?.slice(0, 40)).toBeUndefined();
    }
  });
});
