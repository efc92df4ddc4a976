import type { profile as en } from '../en/profile';
import type { Messages } from '../messages';

export const profile: Messages<typeof en> = {};
