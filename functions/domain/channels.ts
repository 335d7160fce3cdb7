/** Chat channels (by topic and language). Until channel settings exist, every chat is on the default one. */
export const DEFAULT_CHANNEL = 'default';
