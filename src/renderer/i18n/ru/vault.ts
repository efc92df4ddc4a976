import type { vault as en } from '../en/vault';
import type { Messages } from '../messages';

export const vault: Messages<typeof en> = {};
