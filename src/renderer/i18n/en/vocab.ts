// Labels for every controlled vocabulary (t('vocab:eventTypes.arrest')), from the table the
// dossier prints with: src/shared/vocabulary.ts.
import { vocabularyLabels } from '../vocab-labels';

export const vocab = vocabularyLabels('en');
