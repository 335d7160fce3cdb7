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

export interface ChatStartedDetailV1 {
  version: 1;
  chatId: string;
  channel: string;
  customer: { name: string; email: string };
  startedAt: number;
}

export interface ChatTransferredDetailV1 {
  version: 1;
  chatId: string;
  channel: string;
  from: { id: string; name: string };
  to: { id: string; name: string };
  /** 'accepted': the receiver accepted; 'direct': a manager transferred or took over without an accept step. */
  how: 'accepted' | 'direct';
  at: number;
}

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
  chatStarted: 'chat.started',
  chatTransferred: 'chat.transferred',
  chatEnded: 'chat.ended',
  chatLinked: 'chat.linked',
  requestCreated: 'request.created',
} as const;
