/** One read reporter for the console's lifetime: chats in view report how far they have been read. */
import { useEffect, useState } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import { createReadReporter, type ReadReporter } from '../../functions/protocol/browser/read-reporter';

export function useReadReporter(client: BrowserClient): ReadReporter {
  const [reporter] = useState(() => createReadReporter({ send: client.send }));
  useEffect(() => () => reporter.dispose(), [reporter]);
  return reporter;
}
