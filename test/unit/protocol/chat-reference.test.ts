import { nanoid } from 'nanoid';
import { chatReference } from '../../../functions/protocol/chat-reference';

describe('chatReference', () => {
  it('is eight unambiguous characters in two groups', () => {
    for (let i = 0; i < 200; i++) expect(chatReference(nanoid())).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('never changes for a chat: a reference quoted last year still finds it', () => {
    expect(chatReference('V1StGXR8_Z5jdHi6B-myT')).toBe('QNA4-J0W3');
  });

  it('looks nothing alike for chat ids one character apart', () => {
    const [a, b] = [chatReference('chat-0001'), chatReference('chat-0002')];
    expect([...a].filter((char, i) => char !== '-' && char === b[i]).length).toBeLessThanOrEqual(1);
  });

  it('gives ten thousand random chats ten thousand references', () => {
    const references = new Set(Array.from({ length: 10_000 }, () => chatReference(nanoid())));
    expect(references.size).toBe(10_000);
  });
});
