/** The name of the agent typing in this chat right now, if any. */
import { useEffect, useState } from 'preact/hooks';
import type { BrowserClient } from '../../../functions/protocol/browser-client';
import { createTypingWatch } from '../../../functions/protocol/browser/typing';

export function useTyping(client: BrowserClient, chatId: string): string | undefined {
  const [typist, setTypist] = useState<string>();
  useEffect(() => {
    setTypist(undefined);
    const watch = createTypingWatch({ chatId, role: 'agent', onChange: setTypist });
    const off = client.on('frame', watch.seen);
    return () => {
      off();
      watch.dispose();
    };
  }, [client, chatId]);
  return typist;
}
