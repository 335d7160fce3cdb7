/**
 * When a JWT expires, read from its payload's `exp` claim (seconds since 1970) without verifying
 * it: the widget only wants to know whether its stored visitor token is still worth offering.
 */
export function tokenExpiry(token: string): number | undefined {
  try {
    // base64url → base64; atob accepts the missing padding.
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const { exp } = JSON.parse(atob(payload)) as { exp?: unknown };
    return typeof exp === 'number' ? exp : undefined;
  } catch {
    return undefined;
  }
}

/** A token still usable a minute from now; one without a readable expiry is not trusted. */
export function isFresh(token: string, nowMs: number): boolean {
  const exp = tokenExpiry(token);
  return exp !== undefined && exp * 1000 > nowMs + 60_000;
}
