/** The widget's HTTP calls on every panel: where the APIs are, who this visitor is, whether anyone is online (the offline form's own: forms/offline-request.ts). */
import type { AvailabilityResponse, ClientConfig, VisitorResponse } from '../../../functions/protocol/http';
import { WIDGET_PATHS } from '../../../functions/protocol/constants';
import { storedVisitor, storeVisitor } from '../storage';

/** The JSON body of a successful answer; any other answer throws, naming the URL and status. */
async function answer<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.url} answered HTTP ${res.status}`);
  return res.json();
}

export const loadConfig = async (base: string): Promise<ClientConfig> => answer(await fetch(`${base}config.json`));

/**
 * The visitor stored for this channel while its token is fresh, or a new visitor: that one comes
 * with a first WebSocket ticket and the channel's availability, used at once and never stored.
 */
export async function visitorFor(config: ClientConfig, channel: string): Promise<VisitorResponse> {
  const stored = storedVisitor(channel);
  if (stored) return stored;
  const visitor = await answer<VisitorResponse>(await fetch(`${config.apiBase}${WIDGET_PATHS.visitors}?channel=${encodeURIComponent(channel)}`, { method: 'POST' }));
  storeVisitor(channel, visitor);
  return visitor;
}

/** Whether an agent is Present on the channel; the offline form shows when not. */
export async function isOnline(config: ClientConfig, channel: string): Promise<boolean> {
  return (await answer<AvailabilityResponse>(await fetch(`${config.apiBase}${WIDGET_PATHS.availability}?channel=${encodeURIComponent(channel)}`))).online;
}
