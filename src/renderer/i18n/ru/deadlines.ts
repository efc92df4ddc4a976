import type { deadlines as en } from '../en/deadlines';
import type { Messages } from '../messages';

export const deadlines: Messages<typeof en> = {};
