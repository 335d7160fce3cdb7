/**
 * Stores a request once per client-chosen id: a retried submission answers with the request the first
 * one made. Without an id (an older client) every submission is a new request.
 */
import { randomUUID } from 'node:crypto';
import type { RequestView } from '../protocol';
import { getRequest, getRequestClaim, nextRequestNumber, putRequestClaim, putRequestOnce, type RequestClaim } from '../store';

export interface StoredOnce { request: RequestView; created: boolean }

export async function storeRequestOnce(
  owner: string, clientRequestId: string | undefined, build: (claim: RequestClaim) => RequestView, now: number,
): Promise<StoredOnce> {
  if (!clientRequestId) return store(build({ number: await nextRequestNumber(), requestId: randomUUID() }));
  const claimed = await getRequestClaim(owner, clientRequestId);
  if (claimed) return finish(claimed, build);
  const claim = { number: await nextRequestNumber(), requestId: randomUUID() };
  // A concurrent retry claimed the id first: its number wins, and the one just taken stays unused.
  if (!(await putRequestClaim(owner, clientRequestId, claim, now))) return finish((await getRequestClaim(owner, clientRequestId))!, build);
  return store(build(claim));
}

async function store(request: RequestView): Promise<StoredOnce> {
  return { request, created: await putRequestOnce(request) };
}

/** The claimed request, or — when the first submission failed between claim and store — stored now. */
async function finish(claim: RequestClaim, build: (claim: RequestClaim) => RequestView): Promise<StoredOnce> {
  const stored = await getRequest(claim.number);
  if (stored) return { request: stored, created: false };
  const { request, created } = await store(build(claim));
  return created ? { request, created } : { request: (await getRequest(claim.number))!, created: false };
}
