import type { search as en } from '../en/search';
import type { Messages } from '../messages';

export const search: Messages<typeof en> = {};
