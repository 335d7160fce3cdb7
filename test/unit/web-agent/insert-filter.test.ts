import { ALL, FAVOURITES, RECENT, folderShelf, foldersOf, shelfItems } from '../../../web-agent/src/insert-filter';
import type { RepliesResponse, ReplyView } from '../../../functions/protocol/replies';

const reply = (replyId: string, kind: ReplyView['kind'], folder: string, title: string, text = ''): ReplyView => ({ replyId, kind, shared: true, folder, title, text, updatedAt: 0 });
const data: RepliesResponse = {
  replies: [
    reply('f-1', 'faq', 'Shipping', 'Do you ship to Belgium?', 'Yes, in three days.'),
    reply('f-2', 'faq', 'Returns', 'How do I return an item?', 'Use the form.'),
    reply('f-3', 'faq', 'Shipping', 'What does shipping cost?', 'Free from €50.'),
    reply('t-1', 'template', 'Orders', 'Order status', 'Hi {{customer.name}}'),
  ],
  favourites: ['f-3'],
  recent: ['f-2', 't-1', 'f-1'],
  canManageShared: false,
};
const ids = (list: ReplyView[]) => list.map((r) => r.replyId);

describe('foldersOf', () => {
  it('lists the folders of one kind, once each, alphabetically', () => {
    expect(foldersOf(data.replies, 'faq')).toEqual(['Returns', 'Shipping']);
  });
});

describe('shelfItems', () => {
  it('lists one kind by folder and title', () => {
    expect(ids(shelfItems(data, 'faq', ALL, ''))).toEqual(['f-2', 'f-1', 'f-3']);
  });

  it("finds replies by their folder's name too", () => {
    expect(ids(shelfItems(data, 'faq', ALL, 'shipp'))).toEqual(['f-1', 'f-3']);
    expect(ids(shelfItems(data, 'faq', ALL, 'retur form'))).toEqual(['f-2']);
  });

  it('narrows to a folder', () => {
    expect(ids(shelfItems(data, 'faq', folderShelf('Shipping'), ''))).toEqual(['f-1', 'f-3']);
  });

  it('narrows to favourites', () => {
    expect(ids(shelfItems(data, 'faq', FAVOURITES, ''))).toEqual(['f-3']);
  });

  it('lists recent uses of the kind, newest first', () => {
    expect(ids(shelfItems(data, 'faq', RECENT, ''))).toEqual(['f-2', 'f-1']);
  });

  it('searches every word in the question and the answer, ignoring case and accents', () => {
    expect(ids(shelfItems(data, 'faq', ALL, 'SHIP three'))).toEqual(['f-1']);
    expect(ids(shelfItems(data, 'faq', ALL, 'belgie'))).toEqual([]);
  });
});
