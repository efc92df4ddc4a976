import type { settings as en } from '../en/settings';
import type { Messages } from '../messages';

export const settings: Messages<typeof en> = {};
