import type { ChatStatus } from '../../functions/protocol/server-frames';

/** How a chat's status reads in the console. */
export const statusLabel: Record<ChatStatus, string> = {
  queued: 'Waiting',
  active: 'Active',
  ended: 'Ended',
};
