/**
 * Linking the chat to a person: sends `chat.link` and waits for the chat to come back linked
 * (the panel then switches to the person), or for the server's refusal of that frame.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import { localRef } from './local-ref';
import { t } from './strings';

export interface Linking {
  /** The person being linked, until the chat comes back linked or the server refuses. */
  busy?: string;
  error?: string;
  link(personId: string): void;
}

/** `onLinked` runs when the chat comes back linked, also to the person it was already linked to. */
export function useLink(client: BrowserClient, chatId: string, onLinked?: () => void): Linking {
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const sent = useRef<{ ref: string; personId: string }>();
  const linked = useRef(onLinked);
  linked.current = onLinked;

  useEffect(
    () =>
      client.on('frame', (frame) => {
        const waiting = sent.current;
        if (!waiting) return;
        const done = frame.type === 'chat' && frame.chat.chatId === chatId && frame.chat.personId === waiting.personId;
        const refused = frame.type === 'error' && frame.ref === waiting.ref;
        if (!done && !refused) return;
        sent.current = undefined;
        setBusy(undefined);
        if (refused) setError(t.refused(frame.code, frame.message));
        else linked.current?.();
      }),
    [client, chatId],
  );

  return {
    busy,
    error,
    link(personId) {
      const ref = localRef();
      setError(undefined);
      if (!client.send({ action: 'chat.link', chatId, personId, ref })) return setError(t.contact.offline);
      sent.current = { ref, personId };
      setBusy(personId);
    },
  };
}
