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
  /** When its latest answer began (a reopened chat's is the reopen). */
  answeredAt?: number;
  /** When an agent first answered it; absent on events from before it was sent. */
  firstAnsweredAt?: number;
  endedAt: number;
  endedBy: 'customer' | 'agent';
  /** The chat ended before and its customer came back to it: the end of the same chat again, not of another. */
  again?: true;
  messages: number;
  /** When the customer left the page, for an answered chat that ended because they did not come back: its handling ended then. */
  customerLeftAt?: number;
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
  /** The chat channel (of the offline form, or of the chat the request came from). */
  channel?: string;
}

/** An agent answered a waiting chat (from the queue or Incoming chats). */
export interface ChatAnsweredDetailV1 {
  version: 1;
  chatId: string;
  channel: string;
  agent: { id: string; name: string };
  startedAt: number;
  /** When the chat joined the queue (its start, or its return to the queue after "Back to chat"). */
  queuedAt: number;
  answeredAt: number;
  /** The chat was answered before (it went back to the queue, or its customer came back to it): a new wait, not a new chat answered. */
  again?: true;
}

/**
 * An answered chat went back to the queue because its agent is gone (deactivated, or no console
 * left): the answer at `answeredAt` is over, though the chat goes on with the next agent.
 */
export interface ChatRequeuedDetailV1 {
  version: 1;
  chatId: string;
  channel: string;
  agent: { id: string; name: string };
  answeredAt: number;
  requeuedAt: number;
  /** Until when the agent handled it: when their console went (they may be handed back to the queue minutes later), or the requeue. */
  handledUntil?: number;
  /** When an agent first answered the chat. */
  firstAnsweredAt?: number;
}

/**
 * The customer went back to an ended chat ("Back to chat") and its agent, still Present, has it
 * again: an answer begins at `reopenedAt`, which the chat's next `chat.ended` carries as `answeredAt`.
 * (A reopened chat that goes back to the queue is answered anew: `chat.answered`.)
 */
export interface ChatReopenedDetailV1 {
  version: 1;
  chatId: string;
  channel: string;
  agent: { id: string; name: string };
  reopenedAt: number;
}

/** The customer rated an ended chat in the post-chat form. */
export interface ChatRatedDetailV1 {
  version: 1;
  chatId: string;
  channel: string;
  /** 1 (worst) to 5 (best). */
  rating: number;
  agent?: { id: string; name: string };
  ratedAt: number;
  /** The customer rated the chat before, and came back to it: its first rating is the one that counts. */
  again?: true;
}

export const DETAIL_TYPES = {
  chatStarted: 'chat.started',
  chatTransferred: 'chat.transferred',
  chatEnded: 'chat.ended',
  chatLinked: 'chat.linked',
  requestCreated: 'request.created',
  chatAnswered: 'chat.answered',
  chatRequeued: 'chat.requeued',
  chatReopened: 'chat.reopened',
  chatRated: 'chat.rated',
} as const;
