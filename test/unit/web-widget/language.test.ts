import { pickLanguage } from '../../../web-widget/src/language';

describe('pickLanguage', () => {
  it("takes the snippet's data-lang over the browser's languages", () => {
    expect(pickLanguage('nl', ['en-GB'])).toBe('nl');
    expect(pickLanguage('en', ['nl-NL'])).toBe('en');
  });

  it("falls back to the browser's first language the widget speaks", () => {
    expect(pickLanguage(undefined, ['de-DE', 'nl-BE', 'en'])).toBe('nl');
  });

  it('skips a data-lang the widget does not speak', () => {
    expect(pickLanguage('fr', ['nl'])).toBe('nl');
  });

  it('reads region tags and any letter case', () => {
    expect(pickLanguage('NL-nl', [])).toBe('nl');
  });

  it('speaks English when nothing matches', () => {
    expect(pickLanguage(undefined, ['fr-FR', 'de'])).toBe('en');
  });
});
