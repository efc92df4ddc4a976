// The language the open case's texts are typed in, for a form deep in a view (the evidence
// form) that shows the versions in the others without every component between passing it on.
import { createContext } from 'react';
import type { Language } from '../../../shared/format/languages';

export const CaseTextLanguage = createContext<Language>('en');
