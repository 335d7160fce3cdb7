/** A refusal the caller should see, with the protocol's error code. */
import type { ErrorCode } from '../protocol';

export class RefusedError extends Error {
  /**
   * `field`: the frame's or body's field it is about, so a client can say it in its own words;
   * `limit`: for a file too large, the most bytes a file may have, for the same reason.
   */
  constructor(readonly code: ErrorCode, message: string, readonly field?: string, readonly limit?: number) {
    super(message);
    this.name = 'RefusedError';
  }
}

/** The same answer whether the chat does not exist or is someone else's, so existence never leaks. */
export const chatNotFound = () => new RefusedError('not-found', 'No such chat');
