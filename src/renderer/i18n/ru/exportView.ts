import type { exportView as en } from '../en/exportView';
import type { Messages } from '../messages';

export const exportView: Messages<typeof en> = {};
