/**
 * Every word the console shows, in one place: a second language is a second object of this shape.
 * Labels follow the product's own words (Present, Away, In queue, Get next in queue, Incoming chats…).
 */
import type { ChatStatus } from '../../functions/protocol/server-frames';

export const t = {
  appName: 'Parley',
  loading: 'Loading…',
  unreachable: 'The console cannot reach the server. Reload the page to try again.',
  sessionExpired: 'Your session has expired. Please log in again.',
  login: {
    email: 'Email',
    password: 'Password',
    submit: 'Log in',
    refused: 'Wrong email or password.',
    failed: 'The server could not be reached. Try again.',
  },
  status: { group: 'Status', present: 'Present', away: 'Away' },
  logOut: 'Log out',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting… New chats and messages will appear once the connection is back.',
  soundBlocked: 'Sound is blocked by the browser — click here to allow sound',
  enableNotifications: 'Enable notifications',
  notificationsBlocked: 'Notifications are blocked in this browser',
  dismiss: 'Dismiss',
  tabs: {
    label: 'Console',
    dashboard: 'Dashboard',
    chats: 'Chats',
    dashboardName: (waiting: number) => `Dashboard, ${waiting} waiting`,
    chatsName: (handling: number) => `Chats, ${handling} ongoing`,
  },
  dashboard: {
    figures: 'Figures',
    waiting: 'Customers waiting',
    longestWait: 'Longest wait',
    agentsAvailable: 'Agents available',
    incoming: 'Incoming chats',
    incomingHint: 'Double-click a chat, or press Enter on it, to answer it.',
    noneWaiting: 'No customers are waiting.',
    columns: { customer: 'Customer', channel: 'Channel', question: 'Question', waiting: 'Waiting' },
    requests: 'Requests',
    noRequests: 'No requests yet.',
    requestsFailed: 'Requests could not be loaded. They will be tried again shortly.',
    requestColumns: { number: 'Number', name: 'Name', email: 'Email', message: 'Message', received: 'Received' },
  },
  queue: { inQueue: 'In queue', next: 'Get next in queue' },
  notices: {
    alreadyClaimed: 'Another agent answered this chat first',
    queueEmpty: 'No customers are waiting.',
  },
  chats: {
    list: 'Chats',
    mine: 'My chats',
    none: 'No ongoing chats.',
    recent: 'Recent chat sessions',
    unread: 'unread',
    you: 'You',
    nothingOpen: 'No chat open. Choose “Get next in queue” to answer the customer who has waited longest.',
  },
  chatStatus: { queued: 'Waiting', active: 'Active', ended: 'Ended' } satisfies Record<ChatStatus, string>,
  conversation: {
    with: (name: string) => `Chat with ${name}`,
    messages: 'Conversation',
    endChat: 'End chat',
    ended: 'This chat has ended.',
    typing: (name: string) => `${name} is typing…`,
    sending: 'Sending…',
  },
  composer: { label: 'Message', placeholder: 'Type a message', send: 'Send' },
  alert: {
    title: 'Unanswered chat',
    managerTitle: 'Unanswered chat — manager warning',
    text: (name: string, waited: string, channel: string) => `${name} has been waiting ${waited} on channel ${channel}`,
    answer: 'Answer',
  },
};
