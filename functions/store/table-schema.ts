/**
 * The shape of Parley's single DynamoDB table, shared by the CDK stack and the local runtime.
 * Item keys themselves live in ./keys.ts.
 */
export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; DynamoDB TTL deletes lazily (up to ~2 days late), so reads filter on it too. */
  ttlAttribute: 'expiresAt',
  /** Every key attribute is a string except the index sort keys marked 'N' (epoch milliseconds). */
  indexes: {
    /** Sparse: only waiting chats carry `queuePk`; the claim REMOVEs it. Sorted by waiting-since. */
    queue: { name: 'queue', partitionKey: 'queuePk', sortKey: 'queuedAt', sortKeyType: 'N', projection: 'ALL' },
    /**
     * An agent's chats, newest activity first. Keys only: every message rewrites the chat item, and an
     * index projecting it whole would be rewritten (and billed) with it; readers fetch the chats by key.
     */
    byAgent: { name: 'byAgent', partitionKey: 'agentPk', sortKey: 'activityAt', sortKeyType: 'N', projection: 'KEYS_ONLY' },
  },
} as const;
