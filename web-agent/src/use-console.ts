/** The agent's own state on the Chat screen, folded from server frames: presence, queue size, selection, notices. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { AgentProfile } from '../../functions/protocol/http';
import type { PresenceStatus } from '../../functions/protocol/server-frames';

export interface Notice {
  kind: 'notice' | 'error';
  text: string;
}

export function useConsole(client: BrowserClient, agent: AgentProfile) {
  const [presence, setPresence] = useState<PresenceStatus>(agent.status);
  const [waiting, setWaiting] = useState(0);
  const [selected, select] = useState<string>();
  const [notice, setNotice] = useState<Notice>();
  // Set by "Get next in queue", so the chat it brings is opened at once.
  const awaitingNext = useRef(false);

  useEffect(
    () =>
      client.on('frame', (frame) => {
        switch (frame.type) {
          case 'queue':
            return setWaiting(frame.waiting);
          case 'presence':
            return setPresence(frame.status);
          case 'notice':
            awaitingNext.current = false;
            return setNotice({ kind: 'notice', text: frame.message });
          case 'error':
            return setNotice({ kind: 'error', text: frame.message });
          case 'chat': {
            const claimed = frame.chat.status === 'active' && frame.chat.agent?.id === agent.id;
            if (awaitingNext.current && claimed) {
              awaitingNext.current = false;
              return select(frame.chat.chatId);
            }
            return select((current) => current ?? frame.chat.chatId);
          }
        }
      }),
    [client, agent.id],
  );

  return {
    presence,
    waiting,
    selected,
    select,
    notice,
    dismissNotice: () => setNotice(undefined),
    getNext() {
      setNotice(undefined);
      awaitingNext.current = client.send({ action: 'queue.next' });
    },
    setStatus: (status: PresenceStatus) => client.send({ action: 'presence.set', status }),
  };
}
