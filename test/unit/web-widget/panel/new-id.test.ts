import { newId } from '../../../../web-widget/src/panel/new-id';

test('a widget id is 21 letters and digits that the protocol takes as an id, and a new one each time', () => {
  const ids = Array.from({ length: 2000 }, newId);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9]{21}$/);
  expect(new Set(ids).size).toBe(ids.length);
  // Every character of the alphabet turns up: the ids use all 36, not a few.
  expect(new Set(ids.join('')).size).toBe(36);
});
