import type { evidence as en } from '../en/evidence';
import type { Messages } from '../messages';

export const evidence: Messages<typeof en> = {};
