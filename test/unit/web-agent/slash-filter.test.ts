import { rankSlash, slashQuery } from '../../../web-agent/src/slash-filter';
import type { ReplyView } from '../../../functions/protocol/replies';

const reply = (replyId: string, title: string, text = '', kind: ReplyView['kind'] = 'quick'): ReplyView => ({ replyId, kind, shared: true, folder: 'General', title, text, updatedAt: 0 });
const none = { favourites: [], recent: [] };
const titles = (list: ReplyView[]) => list.map((r) => r.title);

describe('slashQuery', () => {
  it('is the text after a leading slash', () => {
    expect(slashQuery('/than')).toBe('than');
    expect(slashQuery('/')).toBe('');
  });

  it('is undefined when the slash is not first or the text spans lines', () => {
    expect(slashQuery('see /than')).toBeUndefined();
    expect(slashQuery('/thanks\nmore')).toBeUndefined();
  });
});

describe('rankSlash', () => {
  const replies = [
    reply('r-1', 'Opening hours', 'We are open from 9 to 5'),
    reply('r-2', 'Thanks for waiting'),
    reply('r-3', 'Return policy', 'Thanks for asking: 30 days'),
    reply('r-4', 'Order status', 'Your order is on its way', 'template'),
    reply('r-5', 'Do you ship abroad?', 'Thanks: yes', 'faq'),
    reply('r-6', 'Café hours'),
  ];

  it('puts titles starting with the words before words inside a title, before matches in the text', () => {
    expect(titles(rankSlash(replies, 'thanks', none))).toEqual(['Thanks for waiting', 'Return policy']);
    expect(titles(rankSlash(replies, 'hours', none))).toEqual(['Café hours', 'Opening hours']);
  });

  it('offers quick replies and templates, never FAQs', () => {
    expect(titles(rankSlash(replies, 'ship', none))).toEqual([]);
    expect(titles(rankSlash(replies, 'order', none))).toEqual(['Order status']);
  });

  it("finds a template by the words of its Dutch text, as by its English one", () => {
    const template = { ...reply('t-nl', 'Welcome', 'Hello, how can I help?', 'template'), textNl: 'Hallo, waarmee kan ik helpen?' };
    expect(titles(rankSlash([template], 'waarmee', none))).toEqual(['Welcome']);
    expect(titles(rankSlash([template], 'how can', none))).toEqual(['Welcome']);
  });

  it('ignores case and accents', () => {
    expect(titles(rankSlash(replies, 'CAFE', none))).toEqual(['Café hours']);
  });

  it('lists everything for a bare slash: favourites, then the most recently used, then by title', () => {
    const ranked = rankSlash(replies, '', { favourites: ['r-3'], recent: ['r-6', 'r-2'] });
    expect(titles(ranked)).toEqual(['Return policy', 'Café hours', 'Thanks for waiting', 'Opening hours', 'Order status']);
  });

  it('shows at most the limit', () => {
    expect(rankSlash(replies, '', none, 2)).toHaveLength(2);
  });
});
