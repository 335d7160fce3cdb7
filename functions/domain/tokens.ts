/** Signed session tokens (JWT, HS256 via jose) for agents and visitors. */
import { jwtVerify, SignJWT } from 'jose';
import { getOrCreateSigningKey } from '../store';
import type { Role } from '../protocol';

const ISSUER = 'parley';
export const AGENT_TOKEN_HOURS = 12;
export const VISITOR_TOKEN_DAYS = 30;

export interface TokenClaims {
  role: Role;
  subject: string;
  name: string;
  /** An agent's token version when issued; raising the agent's version ends every older session. */
  version?: number;
}

let signingKey: Promise<Uint8Array> | undefined;
/**
 * The tenant's signing key, cached for the life of the runtime (a failed read is retried on the next
 * call); the WebSocket tickets' key is derived from it (ticket-format.ts).
 */
export const tokenSigningKey = () => (signingKey ??= getOrCreateSigningKey().catch((error) => { signingKey = undefined; throw error; }));

export async function issueToken(claims: TokenClaims, nowSeconds: number): Promise<string> {
  const lifetime = claims.role === 'agent' ? AGENT_TOKEN_HOURS * 3600 : VISITOR_TOKEN_DAYS * 86400;
  return new SignJWT({ name: claims.name, ...(claims.version ? { ver: claims.version } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(claims.role)
    .setSubject(claims.subject)
    .setIssuedAt(nowSeconds)
    .setExpirationTime(nowSeconds + lifetime)
    .sign(await tokenSigningKey());
}

/** The token's claims, or undefined for anything forged, expired, tampered with or of another algorithm. */
export async function verifyToken(token: string, nowSeconds: number): Promise<TokenClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, await tokenSigningKey(), {
      issuer: ISSUER,
      audience: ['agent', 'customer'],
      algorithms: ['HS256'],
      currentDate: new Date(nowSeconds * 1000),
    });
    const role = (Array.isArray(payload.aud) ? payload.aud[0] : payload.aud) as Role;
    if (!payload.sub || typeof payload.name !== 'string') return undefined;
    const version = typeof payload.ver === 'number' ? payload.ver : undefined;
    return { role, subject: payload.sub, name: payload.name, ...(version ? { version } : {}) };
  } catch {
    return undefined;
  }
}
