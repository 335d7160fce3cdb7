/**
 * The offline form's one HTTP call, in the part that shows the form: only customers who meet no agent
 * make it, so the panel does not carry it for everyone. Types only are imported, as the forms' rule is (kit.ts).
 */
import type { HttpError, OfflineRequestBody, OfflineRequestResponse } from '../../../../functions/protocol/http';

/** A refusal names the field it is about, when it is about one. */
export type OfflineOutcome = { number: number } | HttpError;

/** Leaves a request at `url` (the API's offline-requests path); a refused one comes back with the server's reason. */
export async function sendOfflineRequest(url: string, token: string, body: OfflineRequestBody): Promise<OfflineOutcome> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (res.status === 400) return (await res.json()) as HttpError;
  if (!res.ok) throw new Error(`${url} answered HTTP ${res.status}`);
  return { number: ((await res.json()) as OfflineRequestResponse).number };
}
