/**
 * Contact search as the agent types: the server is asked once typing pauses, and only the answer
 * to the latest query is shown, so a slow answer for "mi" cannot replace the one for "mila".
 */
import type { PersonView } from '../../functions/protocol/contacts';

export const SEARCH_DELAY_MS = 250;
/** The server ignores shorter words. */
export const MIN_QUERY = 2;

export type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching'; query: string }
  | { kind: 'done'; query: string; people: PersonView[] }
  | { kind: 'failed'; query: string };

export interface ContactSearchOptions {
  search(query: string): Promise<PersonView[]>;
  onChange(state: SearchState): void;
  delayMs?: number;
}

export interface ContactSearch {
  /** The search box's new text: idle below MIN_QUERY characters, else searching, then done or failed. */
  type(query: string): void;
  /** Drops the pending search and any answer still on its way. */
  dispose(): void;
}

export function createContactSearch({ search, onChange, delayMs = SEARCH_DELAY_MS }: ContactSearchOptions): ContactSearch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  return {
    type(text) {
      clearTimeout(timer);
      const asked = ++latest;
      const query = text.trim();
      if (query.length < MIN_QUERY) return onChange({ kind: 'idle' });
      onChange({ kind: 'searching', query });
      timer = setTimeout(() => {
        search(query).then(
          (people) => asked === latest && onChange({ kind: 'done', query, people }),
          () => asked === latest && onChange({ kind: 'failed', query }),
        );
      }, delayMs);
    },
    dispose() {
      clearTimeout(timer);
      latest++;
    },
  };
}
