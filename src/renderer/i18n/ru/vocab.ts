import type { vocab as en } from '../en/vocab';
import type { Messages } from '../messages';
import { vocabularyLabels } from '../vocab-labels';

export const vocab: Messages<typeof en> = vocabularyLabels('ru');
