/** A refusal the caller should see, with the protocol's error code. */
import type { ErrorCode } from '../protocol';

export class RefusedError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'RefusedError';
  }
}

/** The same answer whether the chat does not exist or is someone else's, so existence never leaks. */
export const chatNotFound = () => new RefusedError('not-found', 'No such chat');
