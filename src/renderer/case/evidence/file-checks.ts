// The core checks newly imported files in the background (each read as the dossier will read it)
// and says so as it goes: the evidence list then reloads, so each badge shows what was found,
// and a line says how far the check has got.
import { useEffect, useState } from 'react';
import { onAppEvent } from '../../api';

export function useFileChecks(caseId: string, reload: () => void): { done: number; total: number } | null {
  const [checking, setChecking] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    setChecking(null);
    return onAppEvent((event) => {
      if (event.type !== 'filesChecked' || event.caseId !== caseId) return;
      setChecking(event.done < event.total ? { done: event.done, total: event.total } : null);
      reload();
    });
  }, [caseId, reload]);
  return checking;
}
