/** The widget's forms before a chat, one part fetched on demand (lazy-forms.ts): a customer mid-chat needs neither. */
export { PreChatForm, type PreChatFields, type PreChatProps } from './pre-chat';
export { OfflineForm, type OfflineProps } from './offline';
export { sendOfflineRequest } from './offline-request';
