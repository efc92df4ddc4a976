import type { clients as en } from '../en/clients';
import type { Messages } from '../messages';

export const clients: Messages<typeof en> = {};
