/** Whether a server frame settles a "Create request" the console sent. */
import type { ServerFrame } from '../../functions/protocol/server-frames';
import { t } from './strings';

export interface SentRequest {
  chatId: string;
  ref: string;
  /** The chat's last seq when the frame was sent: the confirmation comes after it. */
  afterSeq: number;
}

export type RequestOutcome = { created: true } | { created: false; error: string };

/**
 * Created when the chat's 'request-created' event message arrives; refused when an error frame
 * echoes the ref. Undefined for any other frame.
 */
export function requestOutcome(frame: ServerFrame, sent: SentRequest): RequestOutcome | undefined {
  if (frame.type === 'message' && frame.message.chatId === sent.chatId && frame.message.event === 'request-created' && frame.message.seq > sent.afterSeq) return { created: true };
  // The server's own answer; the only one to a create sent again, whose event message was already posted.
  if (frame.type === 'request.created' && frame.ref === sent.ref) return { created: true };
  if (frame.type === 'error' && frame.ref === sent.ref) return { created: false, error: t.refused(frame.code, frame.message) };
  return undefined;
}
