import type { vocab as en } from '../en/vocab';
import type { FrenchMessages } from '../messages';
import { vocabularyLabels } from '../vocab-labels';

export const vocab: FrenchMessages<typeof en> = vocabularyLabels('fr');
