import { chatToReopen } from '../../../web-agent/src/open-chat';

const chats = [
  { chatId: 'noor', status: 'ended' as const },
  { chatId: 'mila', status: 'active' as const },
  { chatId: 'sem', status: 'active' as const },
];

describe('chatToReopen: the chat a reload opens', () => {
  it('is the one open before, not the first the sync brought', () => {
    expect(chatToReopen(chats, 'sem')).toBe('sem');
  });

  it('is the first chat still going when the one open before is gone or ended', () => {
    expect(chatToReopen(chats, 'gone')).toBe('mila');
    expect(chatToReopen(chats, 'noor')).toBe('mila');
    expect(chatToReopen(chats, undefined)).toBe('mila');
  });

  it('skips chats closed on this console, and is none when every chat ended', () => {
    expect(chatToReopen(chats, 'mila', new Set(['mila']))).toBe('sem');
    expect(chatToReopen([{ chatId: 'noor', status: 'ended' }], 'noor')).toBeUndefined();
  });
});
