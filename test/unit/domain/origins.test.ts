import { allowedOriginsOf, originAllowed, originHeader } from '../../../functions/domain/origins';

describe('originAllowed', () => {
  test('allows any origin when no list is set', () => {
    expect(originAllowed('https://anywhere.example', undefined)).toBe(true);
    expect(originAllowed(undefined, [])).toBe(true);
  });

  test('allows a listed origin, ignoring case and a trailing slash', () => {
    expect(originAllowed('https://Shop.Example', ['https://shop.example/'])).toBe(true);
  });

  test('refuses an unlisted origin, a look-alike and a missing one', () => {
    const allowed = ['https://shop.example'];
    expect(originAllowed('https://evil.example', allowed)).toBe(false);
    expect(originAllowed('https://shop.example.evil.example', allowed)).toBe(false);
    expect(originAllowed('http://shop.example', allowed)).toBe(false);
    expect(originAllowed(undefined, allowed)).toBe(false);
  });
});

describe('originHeader', () => {
  test('finds Origin whatever its casing', () => {
    expect(originHeader({ Origin: 'https://a.example' })).toBe('https://a.example');
    expect(originHeader({ origin: 'https://b.example' })).toBe('https://b.example');
    expect(originHeader({ host: 'x' })).toBeUndefined();
    expect(originHeader(undefined)).toBeUndefined();
  });
});

describe('allowedOriginsOf', () => {
  test('a channel that lists origins uses its own list', () => {
    expect(allowedOriginsOf(['https://a.example'], ['https://tenant.example'])).toEqual(['https://a.example']);
  });
  test('a channel with an empty list falls back to the tenant list', () => {
    expect(allowedOriginsOf([], ['https://tenant.example'])).toEqual(['https://tenant.example']);
  });
});
