import { en } from '../../../web-widget/src/i18n/en';
import { nl } from '../../../web-widget/src/i18n/nl';
import type { MessageView } from '../../../functions/protocol/server-frames';
import { LEFT_FOR_GOOD } from '../../../functions/protocol/event-lines';
import { stringLeaves as leaves } from '../../support/string-leaves';

const event = (text: string): MessageView => ({ chatId: 'chat-0001', seq: 2, kind: 'event', author: { role: 'system', name: 'Parley' }, text, at: 1 });

describe('English', () => {
  it('says less than a minute below sixty seconds, and whole minutes above', () => {
    expect(en.wait(45)).toBe('less than a minute');
    expect(en.wait(150)).toBe('about 3 min');
  });

  it('tells the customer their place in the queue', () => {
    expect(en.position(2)).toBe('You are number 2 in the queue.');
  });

  it('words the events the customer caused as theirs: "You ended the chat"', () => {
    expect(en.event({ ...event('Mila ended the chat'), event: 'ended', byCustomer: true })).toBe('You ended the chat');
    expect(en.event({ ...event('Mila returned to the chat'), event: 'reopened', byCustomer: true })).toBe('You returned to the chat');
    expect(nl.event({ ...event('Mila ended the chat'), event: 'ended', byCustomer: true })).toBe('Je hebt de chat beëindigd');
    expect(nl.event({ ...event('Mila returned to the chat'), event: 'reopened', byCustomer: true })).toBe('Je bent teruggekomen in de chat');
    expect(en.event({ ...event('Mila Bakker left the queue'), event: 'ended', byCustomer: true })).toBe('You left the queue');
    expect(nl.event({ ...event('Mila Bakker left the queue'), event: 'ended', byCustomer: true })).toBe('Je hebt de wachtrij verlaten');
    expect(en.event({ ...event('Anna ended the chat'), event: 'ended' })).toBe('Anna ended the chat');
  });

  it('words the end of a chat the customer left for good as their own end', () => {
    const line: MessageView = { ...event(`Mila${LEFT_FOR_GOOD}`), event: 'ended', byCustomer: true };
    expect(en.event(line)).toBe('You ended the chat');
    expect(nl.event(line)).toBe('Je hebt de chat beëindigd');
  });

  it("shows the server's own event lines and refusals", () => {
    expect(en.event(event('Anna joined the chat'))).toBe('Anna joined the chat');
    expect(en.refused('bad-frame', 'email address is not valid')).toBe('email address is not valid');
  });
});

describe('Dutch', () => {
  it('translates every string the panel shows', () => {
    const english = new Map(leaves(en));
    // A chat line reads "Anna: hello" in both languages; events and refusals are checked below.
    // "Emoji" is Dutch too; an empty text (the channel's own post-chat intro, off by default) has nothing to translate.
    const same = leaves(nl).filter(
      ([path, dutch]) => english.get(path) === dutch && dutch !== 'Emoji' && dutch !== '' && !['announce', 'event', 'refused'].includes(path),
    );
    expect(same).toEqual([]);
  });

  it("uses the product's own words", () => {
    expect(nl.composer.send).toBe('Verzenden');
    expect(nl.endChat).toBe('Chat beëindigen');
    expect(nl.position(3)).toBe('Je bent nummer 3 in de wachtrij.');
    expect(nl.estimate(150)).toBe('Verwachte wachttijd: ongeveer 3 min.');
  });

  it("words the server's event lines in Dutch, keeping names and numbers", () => {
    expect(nl.event(event('Anna de Vries joined the chat'))).toBe('Anna de Vries neemt deel aan de chat');
    expect(nl.event(event('Mila ended the chat'))).toBe('Mila heeft de chat beëindigd');
    expect(nl.event(event('Request #12 has been created for you'))).toBe('Verzoek #12 is voor je aangemaakt');
  });

  it('words the line of an agent taken out of service in Dutch', () => {
    expect(nl.event(event('Tess Smit is no longer available; you are back in the queue'))).toBe('Tess Smit is niet meer beschikbaar; je staat weer in de wachtrij');
  });

  it('words the line of a chat taken over by another agent in Dutch', () => {
    expect(nl.event(event('Bram Jansen took over the chat'))).toBe('Bram Jansen heeft de chat overgenomen');
  });

  it('shows an event line it does not know as it came', () => {
    expect(nl.event(event('Something new happened'))).toBe('Something new happened');
  });

  it('replaces English refusals by a Dutch sentence per error code', () => {
    expect(nl.refused('bad-frame', 'email address is not valid')).toBe('Controleer wat je hebt ingevuld en probeer het opnieuw.');
    expect(nl.refused('internal', 'Internal server error')).toBe('Er ging iets mis. Probeer het opnieuw.');
    // Trying again would not help: said so, not "try again".
    expect(nl.refused('conflict', 'This chat can no longer be reopened; please start a new one')).toBe('Dat kan niet meer. Start een nieuwe chat.');
    expect(nl.refused('forbidden', 'This chat cannot be reopened; please start a new one')).toBe('Dat kan bij deze chat niet.');
  });
});
