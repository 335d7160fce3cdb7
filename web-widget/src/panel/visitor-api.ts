/** The widget's HTTP calls: where the APIs are, who this visitor is, whether anyone is online, the offline form. */
import type { AvailabilityResponse, ClientConfig, HttpError, OfflineRequestBody, OfflineRequestResponse, VisitorResponse } from '../../../functions/protocol/http';
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

/** A refusal names the field it is about, when it is about one. */
export type OfflineOutcome = { number: number } | HttpError;

/** Leaves a request through the offline form; a refused one comes back with the server's reason. */
export async function sendOfflineRequest(config: ClientConfig, token: string, body: OfflineRequestBody): Promise<OfflineOutcome> {
  const res = await fetch(config.apiBase + WIDGET_PATHS.offlineRequests, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (res.status === 400) return (await res.json()) as HttpError;
  return { number: (await answer<OfflineRequestResponse>(res)).number };
}
