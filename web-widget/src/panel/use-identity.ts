/** Who the site says the customer is: what `Parley.identify` gave before the panel loaded, and any later call. */
import { useEffect, useState } from 'preact/hooks';
import type { Identity, PanelOptions } from '../panel-contract';

export function useIdentity({ identity, events }: PanelOptions): Identity {
  const [who, setWho] = useState(identity);
  useEffect(() => events.on('identify', setWho), [events]);
  return who;
}
