import { pickLanguage } from '../../../../functions/protocol/browser/language';

describe('pickLanguage', () => {
  it("takes the chosen language (the snippet's data-lang, the agent's choice) over the browser's languages", () => {
    expect(pickLanguage('nl', ['en-GB'])).toBe('nl');
    expect(pickLanguage('en', ['nl-NL'])).toBe('en');
  });

  it("falls back to the browser's first language Parley speaks", () => {
    expect(pickLanguage(undefined, ['de-DE', 'nl-BE', 'en'])).toBe('nl');
  });

  it('skips a chosen language Parley does not speak', () => {
    expect(pickLanguage('fr', ['nl'])).toBe('nl');
  });

  it('reads region tags and any letter case', () => {
    expect(pickLanguage('NL-nl', [])).toBe('nl');
  });

  it('speaks English when nothing matches', () => {
    expect(pickLanguage(undefined, ['fr-FR', 'de'])).toBe('en');
  });
});
