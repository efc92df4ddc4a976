// How a page inside a case sends the lawyer to one translator's record (a pre-flight finding:
// "the translator's record lacks a phone"): the vault's window offers it, the case's views use
// it. Without a provider (a test mounting one view) there is no such link.
import { createContext, useContext } from 'react';

/** One translator's record, and the field to put the keyboard in ("phone", "qualifications"). */
export interface TranslatorPlace {
  id: string;
  field?: string | undefined;
}

export const OpenTranslatorContext = createContext<((place: TranslatorPlace) => void) | undefined>(undefined);

export function useOpenTranslator(): ((place: TranslatorPlace) => void) | undefined {
  return useContext(OpenTranslatorContext);
}
