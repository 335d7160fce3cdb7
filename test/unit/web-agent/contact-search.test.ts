import { createContactSearch, SEARCH_DELAY_MS, type SearchState } from '../../../web-agent/src/contact-search';
import type { PersonView } from '../../../functions/protocol/contacts';

const person = (name: string): PersonView => ({ personId: `id-${name}`, name, createdAt: 0 });

/** A search whose answers the test gives by hand, in any order. */
function setup() {
  const asked: { query: string; answer(people: PersonView[]): void; fail(): void }[] = [];
  const states: SearchState[] = [];
  const search = createContactSearch({
    search: (query) => new Promise((resolve, reject) => asked.push({ query, answer: resolve, fail: () => reject(new Error('down')) })),
    onChange: (state) => states.push(state),
  });
  return { search, asked, states, last: () => states.at(-1) };
}

const settle = () => Promise.resolve().then(() => undefined);

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('type', () => {
  it('asks the server once typing has paused, with the last text only', () => {
    const { search, asked } = setup();
    search.type('mi');
    jest.advanceTimersByTime(SEARCH_DELAY_MS - 1);
    search.type('mila');
    jest.advanceTimersByTime(SEARCH_DELAY_MS - 1);
    expect(asked).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(asked.map((a) => a.query)).toEqual(['mila']);
  });

  it('shows searching at once, then the people found', async () => {
    const { search, asked, last } = setup();
    search.type('  mila ');
    expect(last()).toEqual({ kind: 'searching', query: 'mila' });
    jest.advanceTimersByTime(SEARCH_DELAY_MS);
    asked[0].answer([person('Mila')]);
    await settle();
    expect(last()).toEqual({ kind: 'done', query: 'mila', people: [person('Mila')] });
  });

  it('is idle below two characters and asks nothing', () => {
    const { search, asked, last } = setup();
    search.type('m');
    jest.advanceTimersByTime(SEARCH_DELAY_MS);
    expect(last()).toEqual({ kind: 'idle' });
    expect(asked).toEqual([]);
  });

  it('ignores a slow answer to an earlier query', async () => {
    const { search, asked, last } = setup();
    search.type('mi');
    jest.advanceTimersByTime(SEARCH_DELAY_MS);
    search.type('mila');
    jest.advanceTimersByTime(SEARCH_DELAY_MS);
    asked[1].answer([person('Mila')]);
    asked[0].answer([person('Mila'), person('Mirjam')]);
    await settle();
    expect(last()).toEqual({ kind: 'done', query: 'mila', people: [person('Mila')] });
  });

  it('reports a failed search', async () => {
    const { search, asked, last } = setup();
    search.type('mila');
    jest.advanceTimersByTime(SEARCH_DELAY_MS);
    asked[0].fail();
    await settle();
    expect(last()).toEqual({ kind: 'failed', query: 'mila' });
  });
});

describe('dispose', () => {
  it('drops the pending search and any answer on its way', async () => {
    const { search, asked, states } = setup();
    search.type('mila');
    jest.advanceTimersByTime(SEARCH_DELAY_MS);
    search.type('milan');
    search.dispose();
    jest.advanceTimersByTime(SEARCH_DELAY_MS);
    asked[0].answer([person('Mila')]);
    await settle();
    expect(asked).toHaveLength(1);
    expect(states.map((s) => s.kind)).toEqual(['searching', 'searching']);
  });
});
