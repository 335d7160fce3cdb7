/**
 * Whether the sweep found a waiting chat's customer gone (left-queue.ts): during this wait, not an
 * earlier one of the same chat (answered, then reopened). Such a chat keeps its place; Get next in
 * queue answers the customers who are there first, and no alert is raised for it.
 */
export const isAway = (chat: { customerAwaySince?: number; queuedAt?: number; createdAt?: number }): boolean =>
  chat.customerAwaySince !== undefined && chat.customerAwaySince >= (chat.queuedAt ?? chat.createdAt ?? 0);
