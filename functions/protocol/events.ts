/**
 * Events Parley puts on its EventBridge bus (source `parley`), for its own activity writer and for
 * CRM integrations. Versioned: a breaking change gets a new `version`. See docs/events.md.
 */

export interface ChatEndedDetailV1 {
  version: 1;
  chatId: string;
  channel: string;
  personId?: string;
  agent?: { id: string; name: string };
  customer: { name: string; email: string };
  startedAt: number;
  answeredAt?: number;
  endedAt: number;
  endedBy: 'customer' | 'agent';
  messages: number;
}

/** A chat that already ended was linked to a person afterwards. */
export interface ChatLinkedDetailV1 extends Omit<ChatEndedDetailV1, 'personId'> { personId: string }

export interface RequestCreatedDetailV1 {
  version: 1;
  requestId: string;
  number: number;
  source: 'offline-form' | 'chat';
  chatId?: string;
  personId?: string;
  title: string;
  createdAt: number;
}

export const DETAIL_TYPES = {
  chatEnded: 'chat.ended',
  chatLinked: 'chat.linked',
  requestCreated: 'request.created',
} as const;
