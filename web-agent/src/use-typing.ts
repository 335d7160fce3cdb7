/** The name of whoever on the customer's side is typing in this chat right now, if anyone. */
import { useEffect, useState } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import { createTypingWatch } from '../../functions/protocol/browser/typing';

export function useTyping(client: BrowserClient, chatId: string): string | undefined {
  const [typist, setTypist] = useState<string>();
  useEffect(() => {
    setTypist(undefined);
    const watch = createTypingWatch({ chatId, role: 'customer', onChange: setTypist });
    const off = client.on('frame', watch.seen);
    return () => {
      off();
      watch.dispose();
    };
  }, [client, chatId]);
  return typist;
}
