import fc from 'fast-check';
import { linkify } from '../../../functions/protocol/linkify';

const links = (text: string) => linkify(text).filter((s) => s.href).map((s) => [s.text, s.href]);

describe('linkify', () => {
  test('leaves text without addresses as one text segment', () => {
    expect(linkify('Where is my order?')).toEqual([{ text: 'Where is my order?' }]);
  });

  test('finds an https address among words', () => {
    expect(linkify('See https://shop.example/orders/12 for details')).toEqual([
      { text: 'See ' }, { text: 'https://shop.example/orders/12', href: 'https://shop.example/orders/12' }, { text: ' for details' },
    ]);
  });

  test('makes an address starting www. an https link', () => {
    expect(links('go to www.example.nl today')).toEqual([['www.example.nl', 'https://www.example.nl/']]);
  });

  test('links an email address with mailto', () => {
    expect(links('mail support@shop.example.')).toEqual([['support@shop.example', 'mailto:support@shop.example']]);
  });

  test('leaves sentence punctuation after an address outside the link', () => {
    expect(links('Look: http://a.example/x, then http://b.example/y.')).toEqual([['http://a.example/x', 'http://a.example/x'], ['http://b.example/y', 'http://b.example/y']]);
  });

  test('keeps brackets the address opened, drops the one around it', () => {
    expect(links('(https://en.wikipedia.org/wiki/Chair_(furniture))')).toEqual([['https://en.wikipedia.org/wiki/Chair_(furniture)', 'https://en.wikipedia.org/wiki/Chair_(furniture)']]);
  });

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'http://',
  ])('never links %s', (hostile) => {
    expect(links(hostile)).toEqual([]);
  });

  test('a javascript: prefix before an address does not reach the link', () => {
    expect(links('javascript:alert(1)//https://x.example')).toEqual([]);
  });

  test('stops an address at a quote, so markup in the text cannot become an attribute', () => {
    expect(links('https://x.example/"onmouseover="alert(1)')).toEqual([['https://x.example/', 'https://x.example/']]);
  });

  test('leaves HTML in a message as text', () => {
    expect(linkify('<a href="javascript:alert(1)">win</a>')).toEqual([{ text: '<a href="javascript:alert(1)">win</a>' }]);
  });

  test('does not link an address glued to a word', () => {
    expect(links('xhttps://x.example')).toEqual([]);
  });

  test('for any text, the segments give back the text and every link is http(s) or mailto', () => {
    const alphabet = fc.constantFrom(...'ahjtps:/.@w()[]<>"\' \n-_?#=&%javscriptmailoJ'.split(''));
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')), (text) => {
      const segments = linkify(text);
      expect(segments.map((s) => s.text).join('')).toBe(text);
      for (const { href } of segments) if (href) expect(href).toMatch(/^(https?:\/\/[^/]|mailto:)/);
    }));
  });
});
