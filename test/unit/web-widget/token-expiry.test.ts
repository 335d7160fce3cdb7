import { isFresh, tokenExpiry } from '../../../web-widget/src/token-expiry';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (payload: object) => `${base64url({ alg: 'HS256' })}.${base64url(payload)}.signature`;
const NOW = Date.UTC(2030, 0, 1);

describe('tokenExpiry', () => {
  it("reads the payload's exp claim", () => {
    expect(tokenExpiry(jwt({ sub: 'visitor', exp: 1_900_000_000 }))).toBe(1_900_000_000);
  });

  it('decodes base64url payloads, with - and _ and without padding', () => {
    // This name makes the payload's base64url form contain both - and _.
    const token = jwt({ name: '~~~???>>>', exp: 42 });
    expect(token.split('.')[1]).toMatch(/[-_]/);
    expect(tokenExpiry(token)).toBe(42);
  });

  it('gives undefined for a token without exp or one that is not a JWT', () => {
    expect(tokenExpiry(jwt({ sub: 'visitor' }))).toBeUndefined();
    expect(tokenExpiry('not a token')).toBeUndefined();
    expect(tokenExpiry('a.%%%.b')).toBeUndefined();
  });
});

describe('isFresh', () => {
  it('accepts a token that expires in days', () => {
    expect(isFresh(jwt({ exp: NOW / 1000 + 30 * 86400 }), NOW)).toBe(true);
  });

  it('refuses a token expired or expiring within the minute', () => {
    expect(isFresh(jwt({ exp: NOW / 1000 - 1 }), NOW)).toBe(false);
    expect(isFresh(jwt({ exp: NOW / 1000 + 30 }), NOW)).toBe(false);
  });

  it('refuses a token whose expiry cannot be read', () => {
    expect(isFresh('garbage', NOW)).toBe(false);
  });
});
