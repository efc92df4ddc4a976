// A core dump of a Dossier process would put its memory on disk: the vault key in the core's
// process, decrypted evidence in a reader's. On Linux, a coredump_filter of 0 leaves every memory
// mapping out of any dump the kernel writes. macOS writes no core dumps unless the user enables
// them (ulimit -c and /cores); Windows keeps crash dumps only when Windows Error Reporting is set
// to collect full dumps. See docs/architecture.md.
import { writeFileSync } from 'node:fs';

/** Whether this process's dumps are now kept free of its memory (false where the platform has no such switch). */
export function keepMemoryOutOfCoreDumps(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    writeFileSync('/proc/self/coredump_filter', '0');
    return true;
  } catch {
    return false;
  }
}
