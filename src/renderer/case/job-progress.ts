// The latest progress event of one long job (import, export), for its progress bar.
import { useEffect, useState } from 'react';
import type { AppEvent } from '../../shared/contract';
import { onAppEvent } from '../api';

export type JobProgress = Extract<AppEvent, { type: 'progress' }>;

export function useJobProgress(jobId: string | null): JobProgress | null {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  useEffect(() => {
    setProgress(null);
    if (!jobId) return undefined;
    return onAppEvent((event) => {
      if (event.type === 'progress' && event.jobId === jobId) setProgress(event);
    });
  }, [jobId]);
  return progress;
}
