// A page of the vault's records edited one at a time below their list (translators, counsel):
// the list as loaded, which record the form is open on (or a new one), and what the last save or
// removal did. After either, the form closes, the list reloads, the status says what happened and
// the keyboard goes back to the add button, where the person started.
import { useRef, useState } from 'react';
import { useLoaded } from './useLoaded';

export type Editing<R> = { kind: 'new' } | { kind: 'edit'; record: R } | null;

export function useRecordList<R>(load: () => Promise<R[]>) {
  const { state, reload } = useLoaded(load, []);
  const [editing, setEditing] = useState<Editing<R>>(null);
  const [status, setStatus] = useState('');
  const addRef = useRef<HTMLButtonElement>(null);
  const done = (message: string) => {
    setEditing(null);
    setStatus(message);
    reload();
    // The edited row re-renders: the add button is the one place that is sure to stay.
    requestAnimationFrame(() => addRef.current?.focus());
  };
  return { state, reload, editing, setEditing, status, addRef, done };
}
