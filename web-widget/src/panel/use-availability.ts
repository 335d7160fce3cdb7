/**
 * Whether a customer can chat right now, asked when the panel has no chat to show. Undefined until
 * the first answer; asking again keeps the last answer meanwhile, so a form the customer is filling
 * in (say, after a refused start) is not swapped out and back with its input lost. A failed check
 * counts as online, so the chat itself gets to try. `known`, the answer that came with a new
 * visitor's identity, stands for the panel's first check; later ones ask. A panel opened again on
 * the offline form asks again: an agent may be Present by now.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ClientConfig } from '../../../functions/protocol/http';
import type { Emitter } from '../../../functions/protocol/browser/emitter';
import type { WidgetEvents } from '../panel-contract';
import { isOnline } from './visitor-api';

export function useAvailability(config: ClientConfig | undefined, channel: string, needed: boolean, known: boolean | undefined, events: Emitter<WidgetEvents>): boolean | undefined {
  const [online, setOnline] = useState<boolean>();
  const [asked, setAsked] = useState({});
  useEffect(() => events.on('open', () => online === false && setAsked({})), [online]);
  useEffect(() => {
    if (!config || !needed) return;
    if (online === undefined && known !== undefined) return setOnline(known);
    let stopped = false;
    isOnline(config, channel).then(
      (answer) => !stopped && setOnline(answer),
      () => !stopped && setOnline(true),
    );
    return () => {
      stopped = true;
    };
  }, [config, channel, needed, asked]);
  return online;
}
