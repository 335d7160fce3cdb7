import { en } from '../../../web-agent/src/strings-en';
import { nl } from '../../../web-agent/src/strings-nl';
import { taEn } from '../../../web-agent/src/admin-strings-en';
import { taNl } from '../../../web-agent/src/admin-strings-nl';
import { ctEn } from '../../../web-agent/src/channels/strings-en';
import { ctNl } from '../../../web-agent/src/channels/strings-nl';
import { stringLeaves as leaves } from '../../support/string-leaves';

/** Words spelled alike in both languages, or names that stay as they are. */
const SAME_IN_DUTCH = new Set(['Parley', 'Dashboard', 'Chats', 'Status', 'Console', 'Agent', 'Agents', 'Open', 'Bot', 'Urgent', '2 s', '2 min', 'Emoji', 'Link', 'English', 'Nederlands', 'Manager', 'Logo', 'Monospace', 'Serif', 'Sans-serif', 'https://', '', 'Chat 2']);

describe.each([
  ['console', en, nl],
  ['admin area', taEn, taNl],
  ['channel settings', ctEn, ctNl],
])("the %s's Dutch", (_part, english, dutch) => {
  it('translates every string the English has', () => {
    const englishByPath = new Map(leaves(english));
    // previewQueue shows the channel's own queue text as it is, in either language.
    const untranslated = leaves(dutch).filter(([path, text]) => englishByPath.get(path) === text && !SAME_IN_DUTCH.has(text) && path !== 'previewQueue');
    expect(untranslated).toEqual([]);
  });
});

describe("the console's Dutch", () => {
  it("uses the product's own words", () => {
    expect([nl.status.present, nl.status.away]).toEqual(['Aanwezig', 'Afwezig']);
    expect([nl.queue.inQueue, nl.queue.next]).toEqual(['In wachtrij', 'Volgende in wachtrij ophalen']);
    expect([nl.dashboard.incoming, nl.composer.send, nl.conversation.endChat]).toEqual(['Binnenkomende chat', 'Verzenden', 'Chat beëindigen']);
    expect([nl.chats.recent, nl.contact.activities]).toEqual(['Recente chatsessies', 'Activiteiten']);
  });

  it("says per error code what the server refused, in place of the server's English reason", () => {
    expect(nl.refused('rate-limited', 'You are sending too fast; wait a few seconds and try again')).toBe('U verstuurt te snel. Wacht een paar seconden en probeer het opnieuw.');
    expect(en.refused('rate-limited', 'You are sending too fast; wait a few seconds and try again')).toBe('You are sending too fast; wait a few seconds and try again');
  });

  it('counts in Dutch', () => {
    expect([nl.contact.messageCount(1), nl.contact.messageCount(3)]).toEqual(['1 bericht', '3 berichten']);
  });
});

describe("the console's Dutch for a refused file", () => {
  const refused = (size: number, code: string, limit?: number) => nl.files.refused({ name: 'scan.pdf', size }, { code, message: 'English reason', ...(limit && { limit }) });

  it('names the limit of a file too large, and what may be sent instead of a file of the wrong kind', () => {
    expect(refused(25 * 1024 * 1024, 'file-too-large', 20 * 1024 * 1024)).toBe('scan.pdf is te groot; bestanden mogen hoogstens 20 MB zijn.');
    expect(refused(100, 'file-type-not-allowed')).toBe('scan.pdf kan niet worden verzonden: alleen afbeeldingen (PNG, JPEG, GIF, WebP), pdf, Office-documenten en platte tekst zijn toegestaan.');
    expect(refused(0, 'file-type-not-allowed')).toBe('scan.pdf is leeg; er is niets te verzenden.');
  });

  it("says the English reason's gist for any other refusal", () => {
    expect(refused(100, 'chat-ended')).toBe('scan.pdf: Deze chat is beëindigd.');
    expect(en.files.refused({ name: 'scan.pdf', size: 100 }, { code: 'chat-ended', message: 'This chat has ended' })).toBe('This chat has ended');
  });
});
