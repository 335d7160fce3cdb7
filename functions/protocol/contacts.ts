/** Contacts (people and companies) and what the side panel shows of a person. */
import * as v from 'valibot';
import type { RequestView } from './http';
import type { ChatView, MessageView } from './server-frames';

const optionalText = (max: number) => v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max)));

const contactDetails = {
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'name is required'), v.maxLength(100)),
  email: v.optional(v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(254), v.email('email address is not valid'))),
  phone: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^\+?[0-9 ()-]{6,20}$/, 'phone number is not valid'))),
  companyName: optionalText(100),
};

export const ContactCreateBody = v.strictObject(contactDetails);
export type ContactCreateBody = v.InferOutput<typeof ContactCreateBody>;

/**
 * A contact's details replaced: a field left out is cleared. `version` is the person's `version` as
 * the agent saw it, so an edit made meanwhile by someone else is not overwritten unseen.
 */
export const ContactUpdateBody = v.strictObject({ ...contactDetails, version: v.pipe(v.number(), v.integer(), v.minValue(0)) });
export type ContactUpdateBody = v.InferOutput<typeof ContactUpdateBody>;

export interface PersonView {
  personId: string;
  name: string;
  email?: string;
  phone?: string;
  companyId?: string;
  createdAt: number;
  /** Counts the edits; absent until the first. */
  version?: number;
  updatedAt?: number;
}

export interface CompanyView { companyId: string; name: string; createdAt: number }

/** An earlier chat of a person, as listed in the side panel. */
export interface PersonChatView {
  chatId: string;
  channel: string;
  createdAt: number;
  question: string;
}

/** A record under the person's Activities: a chat that ended. */
export interface ActivityView {
  type: 'chat';
  chatId: string;
  /** When the chat ended. */
  at: number;
  startedAt: number;
  channel: string;
  agentName?: string;
  durationSeconds: number;
  messages: number;
}

export interface ContactSearchResponse { people: PersonView[] }
export interface ContactCreateResponse { person: PersonView; company?: CompanyView }
export type ContactUpdateResponse = ContactCreateResponse;
export interface PersonPanelResponse {
  person: PersonView;
  company?: CompanyView;
  chats: PersonChatView[];
  requests: RequestView[];
  activities: ActivityView[];
}

export interface TranscriptResponse { chat: ChatView; messages: MessageView[] }
