// The window's messages in each language it speaks, the same three a dossier is written in. Apart
// from index.ts (which touches the document) so tests in Node read exactly what the window loads.
import type { InterfaceLanguage } from '../../shared/contract';
import { en } from './en';
import { fr } from './fr';
import { ru } from './ru';

export const resources = { en, ru, fr } as const satisfies Record<InterfaceLanguage, unknown>;
export const defaultNamespace = 'common';
