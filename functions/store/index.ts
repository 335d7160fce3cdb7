/** The store: the only code that knows DynamoDB keys. It holds no rules; the domain modules do. */
export * from './chats';
export * from './messages';
export * from './connections';
export * from './agents';
export * from './auth';
export * from './requests';
export * from './queue-stats';
export * from './contacts';
export * from './outbox';
export * from './transfers';
export * from './post-chat';
export * from './rate-limits';
