/** The widget's HTTP calls: where the APIs are, who this visitor is, whether anyone is online, the offline form. */
import type { AvailabilityResponse, ClientConfig, HttpError, OfflineRequestBody, OfflineRequestResponse, VisitorResponse } from '../../../functions/protocol/http';
import { PATHS } from '../../../functions/protocol/constants';
import { storedVisitor, storeVisitor } from '../storage';

export async function loadConfig(base: string): Promise<ClientConfig> {
  const res = await fetch(`${base}config.json`);
  if (!res.ok) throw new Error(`config.json answered HTTP ${res.status}`);
  return res.json();
}

/** The visitor token stored for this channel while it is fresh, or a new visitor identity. */
export async function visitorToken(config: ClientConfig, channel: string): Promise<string> {
  const stored = storedVisitor(channel);
  if (stored) return stored.token;
  const res = await fetch(config.apiBase + PATHS.visitors, { method: 'POST' });
  if (!res.ok) throw new Error(`visitors answered HTTP ${res.status}`);
  const visitor: VisitorResponse = await res.json();
  storeVisitor(channel, visitor);
  return visitor.token;
}

/** Whether an agent is Present on the channel; the offline form shows when not. */
export async function isOnline(config: ClientConfig, channel: string): Promise<boolean> {
  const res = await fetch(`${config.apiBase}${PATHS.availability}?channel=${encodeURIComponent(channel)}`);
  if (!res.ok) throw new Error(`availability answered HTTP ${res.status}`);
  return ((await res.json()) as AvailabilityResponse).online;
}

export type OfflineOutcome = { number: number } | { error: string };

/** Leaves a request through the offline form; a refused one comes back with the server's reason. */
export async function sendOfflineRequest(config: ClientConfig, token: string, body: OfflineRequestBody): Promise<OfflineOutcome> {
  const res = await fetch(config.apiBase + PATHS.offlineRequests, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (res.ok) return { number: ((await res.json()) as OfflineRequestResponse).number };
  if (res.status === 400) return { error: ((await res.json()) as HttpError).error };
  throw new Error(`offline request answered HTTP ${res.status}`);
}
