// The reading of the files' text (OCR and the like) runs in the core, one file after another,
// started by an import, an unlock or the lawyer: the evidence view follows the one that reads
// this case's files, for its progress line and Cancel, and learns when another file was read.
import { useEffect, useState } from 'react';
import type { AppEvent } from '../../../shared/contract';
import { call, onAppEvent } from '../../api';

export type TextReading = Omit<Extract<AppEvent, { type: 'textReading' }>, 'type'>;

const finalStates: ReadonlySet<TextReading['state']> = new Set(['done', 'cancelled', 'locked', 'failed']);

/** Whether a reading takes in this case's files (one of every case's does, at an unlock). */
function readsCase(reading: TextReading, caseId: string): boolean {
  return reading.caseId === caseId || (reading.caseId === null && (reading.current === undefined || reading.current.caseId === caseId));
}

export interface TextReadingState {
  /** The reading under way for this case, or null. */
  running: TextReading | null;
  /** Goes up each time a file of the case may have been read (or a reading ended), so shown text reloads. */
  revision: number;
  /** How the last reading of this case ended, while nothing runs. */
  ended: TextReading['state'] | null;
}

export function useTextReading(caseId: string): TextReadingState {
  const [state, setState] = useState<TextReadingState>({ running: null, revision: 0, ended: null });
  useEffect(() => {
    let current = true;
    setState({ running: null, revision: 0, ended: null });
    const stop = onAppEvent((event) => {
      if (event.type !== 'textReading') return;
      const { type: _type, ...reading } = event;
      if (!readsCase(reading, caseId)) return;
      setState((before) => {
        const final = finalStates.has(reading.state);
        const moved = final || before.running?.filesDone !== reading.filesDone || before.running?.jobId !== reading.jobId;
        return { running: final ? null : reading, revision: before.revision + (moved ? 1 : 0), ended: final ? reading.state : null };
      });
    });
    // A reading that started before this view was shown.
    call('evidence.textStatus', { caseId })
      .then((status) => {
        if (!current || !status.running || finalStates.has(status.running.state)) return;
        const running = status.running;
        setState((before) => (before.running ? before : { ...before, running }));
      })
      // Without it, the line shows at the reading's next event.
      .catch(() => undefined);
    return () => {
      current = false;
      stop();
    };
  }, [caseId]);
  return state;
}
