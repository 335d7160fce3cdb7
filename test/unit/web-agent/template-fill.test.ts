import { fillVariables, insertionFor, unknownVariables, type TemplateContext } from '../../../web-agent/src/template-fill';
import type { ReplyView } from '../../../functions/protocol/replies';

const chat: TemplateContext = { customerName: 'Mila Bakker', agentName: 'Anna de Vries', chatNumber: 'chat-0042', now: new Date('2026-03-05T12:00:00Z'), language: 'en' };
const reply = (fields: Partial<ReplyView>): ReplyView => ({ replyId: 'reply-0001', kind: 'template', shared: true, folder: 'General', title: 'T', text: '', updatedAt: 0, ...fields });

describe('fillVariables', () => {
  it('fills the customer, the agent, the chat number and the date', () => {
    const filled = fillVariables('Hi {{customer.name}}, {{agent.name}} here about chat {{chat.number}} of {{date}}.', chat);
    expect(filled).toEqual({ text: 'Hi Mila Bakker, Anna de Vries here about chat chat-0042 of 5 March 2026.', unknown: [] });
  });

  it('fills first names and tolerates spaces inside the braces', () => {
    expect(fillVariables('Dear {{ customer.firstName }}, {{agent.firstName}}', chat).text).toBe('Dear Mila, Anna');
  });

  it('writes the date in Dutch for a chat in Dutch', () => {
    expect(fillVariables('{{date}}', { ...chat, language: 'nl' }).text).toBe('5 maart 2026');
  });

  it('knows the Dutch names of the variables', () => {
    expect(fillVariables('Hoi {{klant.voornaam}}, {{medewerker.naam}} ({{chat.nummer}})', chat).text).toBe('Hoi Mila, Anna de Vries (chat-0042)');
  });

  it('leaves an unknown variable in the text and names it once', () => {
    const filled = fillVariables('Your order {{order.number}} ({{order.number}}) by {{courier}}', chat);
    expect(filled).toEqual({ text: 'Your order {{order.number}} ({{order.number}}) by {{courier}}', unknown: ['order.number', 'courier'] });
  });

  it('leaves a customer variable in the text, named, when the customer gave no name', () => {
    const filled = fillVariables('Hello {{customer.firstName}}, {{agent.firstName}} here.', { ...chat, customerName: '' });
    expect(filled).toEqual({ text: 'Hello {{customer.firstName}}, Anna here.', unknown: ['customer.firstName'] });
  });

  it('does not treat inherited object names as variables', () => {
    expect(fillVariables('{{constructor}} {{toString}}', chat).unknown).toEqual(['constructor', 'toString']);
  });

  it('leaves text without variables as it is', () => {
    expect(fillVariables('Just {text} and }} {{', chat)).toEqual({ text: 'Just {text} and }} {{', unknown: [] });
  });
});

describe('insertionFor', () => {
  it('gives a template in Dutch when the chat is Dutch and the template has Dutch', () => {
    const template = reply({ text: 'Hello {{customer.firstName}}', textNl: 'Hallo {{customer.firstName}}' });
    expect(insertionFor(template, { ...chat, language: 'nl' }).text).toBe('Hallo Mila');
  });

  it('falls back to English when a template has no Dutch', () => {
    expect(insertionFor(reply({ text: 'Hello {{customer.firstName}}' }), { ...chat, language: 'nl' }).text).toBe('Hello Mila');
  });

  it('gives an FAQ its link when it has one, and its answer otherwise', () => {
    expect(insertionFor(reply({ kind: 'faq', text: 'Yes.', link: 'https://shop.example/shipping' }), chat).text).toBe('https://shop.example/shipping');
    expect(insertionFor(reply({ kind: 'faq', text: 'Yes, in 3 days.' }), chat).text).toBe('Yes, in 3 days.');
  });
});

describe('unknownVariables', () => {
  it('names each variable no chat fills, once, in order, and none of the known ones in either language', () => {
    expect(unknownVariables('Track {{order.id}} for {{customer.firstName}} ({{ courier }}, {{order.id}}); {{klant.naam}}, {{date}}')).toEqual(['order.id', 'courier']);
  });

  it('finds nothing in a text without variables', () => {
    expect(unknownVariables('Thank you for waiting! {not a variable}')).toEqual([]);
  });
});
