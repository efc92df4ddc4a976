// Why a file is not reproduced, in words of one closed vocabulary (dossier-text.ts reasons),
// never a parser's message: the only detail ever added is a file's media type, for a type the
// dossier cannot reproduce, and only when it has the shape of one.
import type { NotReproduced } from '../exhibits/inspection.js';
import { dossierText, type DossierLanguage } from './dossier-text.js';

const mediaTypeShape = /^[a-z]+\/[a-z0-9][a-z0-9.+-]{0,80}$/;

export function reasonWords(language: DossierLanguage, { reason, detail }: Pick<NotReproduced, 'reason' | 'detail'>): string {
  const words = dossierText[language].reasons[reason];
  return reason === 'unknown_type' && detail && mediaTypeShape.test(detail) ? `${words} (${detail})` : words;
}
