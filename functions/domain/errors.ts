/** A refusal the caller should see, with the protocol's error code. */
import type { ErrorCode } from '../protocol';

export class RefusedError extends Error {
  /** `field`: the frame's or body's field it is about, so a client can say it in its own words. */
  constructor(readonly code: ErrorCode, message: string, readonly field?: string) {
    super(message);
    this.name = 'RefusedError';
  }
}

/** The same answer whether the chat does not exist or is someone else's, so existence never leaks. */
export const chatNotFound = () => new RefusedError('not-found', 'No such chat');
