import { forgetVisitor, rememberOpen, storeChat, storedChat, storedOutbox, storedVisitor, storeOutbox, storeVisitor, wasOpen } from '../../../web-widget/src/storage';
import { installStorage } from './fake-storage';

const NOW = Date.UTC(2030, 0, 1);
const token = (expSeconds: number) => `h.${Buffer.from(JSON.stringify({ exp: expSeconds })).toString('base64url')}.s`;
const fresh = { token: token(NOW / 1000 + 30 * 86400), visitorId: 'v-1' };

let storage: ReturnType<typeof installStorage>;
beforeEach(() => {
  storage = installStorage();
});

describe('visitor identity', () => {
  it('is kept per channel', () => {
    storeVisitor('sales', fresh);
    expect(storedVisitor('sales', NOW)).toEqual(fresh);
    expect(storedVisitor('support', NOW)).toBeUndefined();
  });

  it('keeps the identity only: the first ticket and availability a new visitor came with are not stored', () => {
    storeVisitor('sales', { ...fresh, ticket: 'first-ticket', expiresInSeconds: 30, online: true });
    expect(JSON.parse(storage.local.getItem('parley.visitor.sales')!)).toEqual(fresh);
    expect(storedVisitor('sales', NOW)).toEqual(fresh);
  });

  it('is forgotten with its chat once its token has expired', () => {
    storeVisitor('sales', { token: token(NOW / 1000 - 60), visitorId: 'v-1' });
    storeChat('sales', 'chat-0001');
    expect(storedVisitor('sales', NOW)).toBeUndefined();
    expect(storedChat('sales')).toBeNull();
  });

  it('is forgotten when what is stored is not JSON', () => {
    storage.local.setItem('parley.visitor.sales', '{oops');
    expect(storedVisitor('sales', NOW)).toBeUndefined();
  });

  it('is forgotten when its token is not a string', () => {
    storage.local.setItem('parley.visitor.sales', JSON.stringify({ token: 42, visitorId: 'v-1' }));
    expect(storedVisitor('sales', NOW)).toBeUndefined();
    expect(storage.local.getItem('parley.visitor.sales')).toBeNull();
  });

  it('takes its chat along when forgotten', () => {
    storeVisitor('sales', fresh);
    storeChat('sales', 'chat-0001');
    forgetVisitor('sales');
    expect(storedChat('sales')).toBeNull();
  });
});

describe('this tab', () => {
  it('remembers whether the panel was open in sessionStorage, not localStorage', () => {
    rememberOpen('sales', true);
    expect(wasOpen('sales')).toBe(true);
    expect(storage.session.getItem('parley.open.sales')).toBe('1');
    rememberOpen('sales', false);
    expect(wasOpen('sales')).toBe(false);
  });

  it('keeps unconfirmed frames until there are none', () => {
    const frame = { action: 'message.send', chatId: 'chat-0001', clientMessageId: 'msg-00001', text: 'hi' };
    storeOutbox('sales', [frame]);
    expect(storedOutbox('sales')).toEqual([frame]);
    storeOutbox('sales', []);
    expect(storage.session.getItem('parley.chat.sales')).toBeNull();
  });
});

describe('blocked storage', () => {
  it('reads as empty and ignores writes instead of throwing', () => {
    storage.block();
    expect(() => storeChat('sales', 'chat-0001')).not.toThrow();
    expect(storedChat('sales')).toBeNull();
    expect(storedVisitor('sales', NOW)).toBeUndefined();
    expect(wasOpen('sales')).toBe(false);
    expect(storedOutbox('sales')).toEqual([]);
  });
});
