import type { vocab as en } from '../en/vocab';
import type { Messages } from '../messages';

export const vocab: Messages<typeof en> = {};
