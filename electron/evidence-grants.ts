// The files the window may import as evidence: only those the main process itself saw, returned
// by the evidence dialog or resolved by the preload from a real drop (electron/dropped-files.ts).
// A script in the page can name any path, ~/.ssh/id_ed25519 or another vault's files, and then
// read it back as a preview; it cannot make a dialog return it or fake a dropped file's path.
// One instance per run, shared by the IPC mount and appHandlers; the test transport uses the same.
import { PathAllowlist } from './path-allowlist';

export class EvidenceGrants {
  private readonly granted = new PathAllowlist();

  grant(files: readonly string[]): void {
    for (const file of files) this.granted.remember(file);
  }

  /** True when the list names at least one file and every one was granted. */
  allowsAll(files: readonly string[]): boolean {
    return files.length > 0 && files.every((file) => this.granted.has(file));
  }
}
