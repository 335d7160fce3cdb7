/** Shapes of the HTTP API (login, visitor identity, WebSocket tickets). */
import * as v from 'valibot';
import type { PresenceStatus } from './server-frames';
import { MAX_TEXT } from './constants';
import { optionalEmail, optionalName } from './contact-fields';
import type { Lang } from './browser/language';

export const LoginRequest = v.strictObject({
  email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(254), v.email('email address is not valid')),
  password: v.pipe(v.string(), v.minLength(1, 'password is required'), v.maxLength(200)),
});
export type LoginRequest = v.InferOutput<typeof LoginRequest>;

export type AgentRole = 'agent' | 'manager' | 'admin';

export interface AgentProfile {
  id: string;
  name: string;
  email: string;
  role: AgentRole;
  status: PresenceStatus;
  /** The console's language the agent last chose; a browser where they never chose one speaks it. */
  language?: Lang;
}

/** `POST /api/me/language`: remembers the console's language on the agent's profile. */
export const AgentLanguageBody = v.strictObject({ language: v.picklist(['en', 'nl'], 'language must be en or nl') });
export type AgentLanguageBody = v.InferOutput<typeof AgentLanguageBody>;

export const OfflineRequestBody = v.strictObject({
  /** Name, email and message may be empty here; the channel's offline form says which it requires. */
  name: optionalName,
  email: optionalEmail,
  message: v.pipe(v.string(), v.trim(), v.maxLength(MAX_TEXT)),
  channel: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/))),
  /** Chosen by the client, so a retried submission makes one request. */
  clientRequestId: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 letters, digits, _ or -'))),
});
export type OfflineRequestBody = v.InferOutput<typeof OfflineRequestBody>;

/** A request (support ticket), from the offline form or created by an agent from a chat. */
export interface RequestView {
  requestId: string;
  /** Human-friendly, sequential per tenant; what the customer is told. */
  number: number;
  source: 'offline-form' | 'chat';
  status: 'open';
  name: string;
  email: string;
  message: string;
  channel: string;
  createdAt: number;
  title?: string;
  category?: string;
  priority?: RequestPriority;
  chatId?: string;
  personId?: string;
  /** The chat's messages when the request was made from it. */
  transcript?: { at: number; author: string; text: string }[];
}

export type RequestPriority = 'low' | 'normal' | 'high' | 'urgent';

export interface OfflineRequestResponse { requestId: string; number: number }
export interface RequestsResponse { requests: RequestView[] }
/** Whether a customer opening the widget can chat now (some agent is Present) or sees the offline form. */
export interface AvailabilityResponse { online: boolean }

export interface LoginResponse { token: string; agent: AgentProfile }
export interface VisitorResponse {
  token: string;
  visitorId: string;
  /** A new visitor's first WebSocket ticket (single use, valid `expiresInSeconds`), so it connects without asking for one. */
  ticket?: string;
  expiresInSeconds?: number;
  /** The channel's (`?channel=`, else the default) availability, as GET /api/availability answers it. */
  online?: boolean;
}
export interface TicketResponse { ticket: string; expiresInSeconds: number }
/** `field`: the request's field a 400 is about, so a client can say it in its own words. */
export interface HttpError { error: string; field?: string }

/** Where the browser finds the APIs: served as `config.json` beside the console and the widget. */
export interface ClientConfig {
  /** Origin of the HTTP API; paths such as `/api/login` are appended. */
  apiBase: string;
  /** WebSocket URL; the ticket goes in its `ticket` query parameter. */
  wsUrl: string;
}

export { CONSOLE_PATHS, WIDGET_PATHS } from './constants';

export interface MailView { id: string; at: number; to: string; subject: string; text: string }
export interface MailboxResponse { mail: MailView[] }

/** An admin adds a document to the library: first asks where to upload it. */
export const DocumentUploadBody = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'name is required'), v.maxLength(200), v.regex(/^[^\u0000-\u001f\u007f]+$/, 'must not contain control characters')),
  // An empty file is refused by name, with the file codes the clients word in their language (files.ts).
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type DocumentUploadBody = v.InferOutput<typeof DocumentUploadBody>;

/** PUT exactly the announced bytes to `url`, then POST the same body to `/api/documents/{documentId}`. */
export interface DocumentUploadResponse { documentId: string; url: string; expiresAt: number }

/** A chat in the Dashboard's Ongoing chat sessions. */
/** `canListen`: whether the asking agent may listen in on it (never on their own chat). */
export interface OngoingChatView {
  chatId: string; channel: string; customerName: string; agentName: string; answeredAt: number; messages: number; canListen: boolean;
  /** False when no console of the chat's agent is live: the chat goes back to the queue unless they return in time. */
  agentOnline: boolean;
  /** When the customer closed the page, while they have not come back (ChatView.customerLeftAt). */
  customerLeftAt?: number;
}
export interface OngoingChatsResponse { chats: OngoingChatView[] }

/** GET /api/widget/{channelId}/faq?q=…: the FAQ entries that best match a customer's question, before the chat starts. */
export interface FaqSuggestion { id: string; title: string; answer: string }
export interface FaqSuggestionsResponse { suggestions: FaqSuggestion[] }
