import { createHmac, randomBytes } from 'node:crypto';
import { newTicketId, openTicket, signTicket, ticketKey, type TicketClaims } from '../../../functions/domain/ticket-format';

const key = ticketKey(randomBytes(32));
const claims: TicketClaims = { role: 'agent', subject: 'agent-1', name: 'Anna', version: 3, id: newTicketId(), expiresAt: 2_000_000_000 };

describe('openTicket', () => {
  it('gives back the claims of a ticket signed with the same key', () => {
    expect(openTicket(signTicket(claims, key), key)).toEqual(claims);
  });

  it('leaves the version out when the claims had none', () => {
    const { version: _, ...unversioned } = claims;
    expect(openTicket(signTicket(unversioned, key), key)).toEqual(unversioned);
  });

  it('refuses a ticket signed with another key', () => {
    expect(openTicket(signTicket(claims, ticketKey(randomBytes(32))), key)).toBeUndefined();
  });

  it('refuses a ticket whose claims were changed after signing', () => {
    const [, mac] = signTicket(claims, key).split('~');
    const [other] = signTicket({ ...claims, subject: 'agent-2' }, key).split('~');
    expect(openTicket(`${other}~${mac}`, key)).toBeUndefined();
  });

  it('refuses signed claims of the wrong shape', () => {
    const body = Buffer.from(JSON.stringify({ role: 'admin', sub: 'x', name: 'x', exp: 1, id: newTicketId() })).toString('base64url');
    expect(openTicket(`${body}~${createHmac('sha256', key).update(body).digest('base64url')}`, key)).toBeUndefined();
  });

  it.each([['empty', ''], ['no mac', 'abc'], ['a JWT', 'a.b.c'], ['too long', `${'a'.repeat(2000)}~${'b'.repeat(43)}`], ['a dot for the tilde', `abc.${'b'.repeat(43)}`]])('refuses a malformed ticket (%s)', (_, ticket) => {
    expect(openTicket(ticket, key)).toBeUndefined();
  });
});

describe('ticketKey', () => {
  it('is not the token key itself, so a token signature never passes for a ticket', () => {
    const tokenKey = randomBytes(32);
    expect(ticketKey(tokenKey).equals(tokenKey)).toBe(false);
    expect(ticketKey(tokenKey).equals(ticketKey(tokenKey))).toBe(true);
  });
});
