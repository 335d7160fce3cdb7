/** Tokens and tickets an attacker might try: expired, signed with the wrong key, `alg: none`, tampered with. */
import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { SignJWT } from 'jose';
import { keys } from '../../../functions/store/keys';
import { newTicketId, signTicket, ticketKey, type TicketClaims } from '../../../functions/domain/ticket-format';
import type { Runtime } from '../../../infra/local/runtime';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function tableClient(runtime: Runtime) {
  const client = new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials });
  return { client, db: DynamoDBDocumentClient.from(client) };
}

/** The tenant's real signing key: only to mint a token that is expired but otherwise perfect. */
async function realKey(runtime: Runtime): Promise<Uint8Array> {
  const { client, db } = tableClient(runtime);
  try {
    const { Item } = await db.send(new GetCommand({ TableName: runtime.tableName, Key: keys.signingKey() }));
    return Buffer.from(Item!.key as string, 'base64');
  } finally {
    client.destroy();
  }
}

const sign = (claims: { sub: string; aud: string; name: string }, key: Uint8Array, iat: number, exp: number) =>
  new SignJWT({ name: claims.name }).setProtectedHeader({ alg: 'HS256' }).setIssuer('parley').setAudience(claims.aud)
    .setSubject(claims.sub).setIssuedAt(iat).setExpirationTime(exp).sign(key);

/** Every kind of bad token, each meant to pass as `agentId`'s agent token. */
export async function forgedAgentTokens(runtime: Runtime, agentId: string, customerToken: string): Promise<Record<string, string>> {
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: agentId, aud: 'agent', name: 'Mallory' };
  const [header, payload, signature] = customerToken.split('.');
  const customerClaims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  return {
    'expired (real key)': await sign(claims, await realKey(runtime), now - 13 * 3600, now - 3600),
    'wrong key': await sign(claims, randomBytes(32), now, now + 3600),
    'alg: none': `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, iss: 'parley', iat: now, exp: now + 3600 })}.`,
    'tampered claims (customer → agent)': `${header}.${b64({ ...customerClaims, aud: 'agent', sub: agentId })}.${signature}`,
    'garbage': 'not.a.token',
  };
}

/** A ticket signed with the tenant's real key, as the server would have issued it (so only the claims chosen here can make it fail). */
export async function signedTicket(runtime: Runtime, claims: Partial<TicketClaims> & { subject: string }): Promise<string> {
  const full: TicketClaims = { role: 'agent', name: 'Mallory', id: newTicketId(), expiresAt: Math.floor(Date.now() / 1000) + 30, ...claims };
  return signTicket(full, ticketKey(await realKey(runtime)));
}

/** A genuine ticket that expired a minute ago. */
export const expiredTicket = (runtime: Runtime, subject: string): Promise<string> =>
  signedTicket(runtime, { subject, expiresAt: Math.floor(Date.now() / 1000) - 60 });
