/**
 * One read reporter for the console's lifetime: chats in view report how far they have been read,
 * held a moment so that the reply's first `typing` frame can carry the report.
 */
import { useEffect, useState } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import { createReadWithTyping, type ReadWithTyping } from './read-with-typing';

export function useReadReporter(client: BrowserClient): ReadWithTyping {
  const [reporter] = useState(() => createReadWithTyping({ send: client.send }));
  useEffect(() => () => reporter.dispose(), [reporter]);
  return reporter;
}
