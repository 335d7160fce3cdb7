import { dutchEventLine } from '../../../functions/protocol/event-lines';
import type { MessageView } from '../../../functions/protocol';

type WrittenEvent = Exclude<MessageView['event'], undefined | 'started'>;

/** One line of each kind the domain writes, as it words it, and its Dutch. A new kind fails to compile here until it has one. */
const LINES = {
  joined: ['Anna de Vries joined the chat', 'Anna de Vries neemt deel aan de chat'],
  ended: ['Mila ended the chat', 'Mila heeft de chat beëindigd'],
  'request-created': ['Request #12 has been created for you', 'Verzoek #12 is voor je aangemaakt'],
  reopened: ['Mila Bakker returned to the chat', 'Mila Bakker is teruggekomen in de chat'],
  requeued: ['Tess Smit is no longer available; you are back in the queue', 'Tess Smit is niet meer beschikbaar; je staat weer in de wachtrij'],
  transferred: ['Anna de Vries transferred the chat to Bram Jansen', 'Anna de Vries heeft de chat overgebracht naar Bram Jansen'],
} satisfies Record<WrittenEvent, [string, string]>;

describe('dutchEventLine', () => {
  it.each(Object.entries(LINES))('words a %s line in Dutch, keeping names and numbers', (_kind, [english, dutch]) => {
    expect(dutchEventLine(english)).toBe(dutch);
  });

  it('words a manager taking a chat over in Dutch', () => {
    expect(dutchEventLine('Bram Jansen took over the chat')).toBe('Bram Jansen heeft de chat overgenomen');
  });

  it('words a customer who left the queue in Dutch', () => {
    expect(dutchEventLine('Mila Bakker left the queue')).toBe('Mila Bakker heeft de wachtrij verlaten');
  });

  it('shows a line it does not know as it came', () => {
    expect(dutchEventLine('Something new happened')).toBe('Something new happened');
  });

  it('leaves a customer name that merely contains an event phrase whole', () => {
    expect(dutchEventLine('Ann (joined the chat) ended the chat')).toBe('Ann (joined the chat) heeft de chat beëindigd');
  });
});
