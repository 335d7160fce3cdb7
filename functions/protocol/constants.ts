/**
 * Plain values of the protocol, kept apart from the valibot schemas: the widget imports these,
 * and a value taken from a schema module would pull valibot into its bundle.
 */

/** Longest text of a chat message or question, in characters. */
export const MAX_TEXT = 4000;

/**
 * What a customer's browser calls. Kept apart from the console's paths because a bundler keeps every
 * property of an object it imports: the widget carries only these. The console's socket takes its
 * tickets here too.
 */
export const WIDGET_PATHS = {
  visitors: '/api/visitors',
  tickets: '/api/tickets',
  availability: '/api/availability',
  offlineRequests: '/api/offline-requests',
  /** + channel id: the public settings the widget shows. */
  widgetChannels: '/api/widget',
} as const;

/** What the agent console calls (admin routes: admin-constants.ts). */
export const CONSOLE_PATHS = {
  login: '/api/login',
  me: '/api/me',
  meLanguage: '/api/me/language',
  requests: '/api/requests',
  contacts: '/api/contacts',
  chats: '/api/chats',
  channels: '/api/channels',
  channelNames: '/api/channel-names',
  ongoingChats: '/api/ongoing-chats',
  replies: '/api/replies',
  documents: '/api/documents',
  stats: '/api/stats',
  statsLive: '/api/stats/live',
  history: '/api/history',
} as const;

/** Agents send `ping` this often; a connection silent for three intervals no longer counts as present. */
export const HEARTBEAT_SECONDS = 60;

/** An agent with no console left this long hands their ongoing chats back to the queue (domain/agent-gone.ts); the console warns at Log out. */
export const AGENT_GONE_MINUTES = 5;

/** An answered chat whose customer left the page and has not come back this long ends (the console says when). */
export const CUSTOMER_LEFT_ENDS_CHAT_MINUTES = 10;

/** "Back to chat" works this long after a chat ended; the widget hides the button after it. */
export const REOPEN_WINDOW_MINUTES = 30;
/** Longest range one statistics request may cover, in days: the reply stays small whatever the history. */
export const MAX_STATS_DAYS = 400;
/** Statistics ranges longer than this are shown per month instead of per day. */
export const DAILY_UP_TO_DAYS = 92;

/** The longest search the chat history takes (the console's field stops there). */
export const HISTORY_QUERY_MAX = 200;
