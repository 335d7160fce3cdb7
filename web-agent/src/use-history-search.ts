/**
 * The history search box's state: asked once typing pauses, only the latest answer shown (a slow
 * answer for "mi" cannot replace the one for "mila"), and older pages appended on request.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HistoryChatView } from '../../functions/protocol/history';
import type { Api } from './contacts-api';
import { searchHistory } from './history-api';

export const HISTORY_SEARCH_DELAY_MS = 300;
const MIN_QUERY = 2;

export type HistoryState =
  | { kind: 'idle' }
  | { kind: 'searching' | 'done' | 'failed'; query: string; chats: HistoryChatView[]; next?: string };

export function useHistorySearch(api: Api): { state: HistoryState; type(text: string): void; more(): void } {
  const [state, setState] = useState<HistoryState>({ kind: 'idle' });
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => {
    clearTimeout(timer.current);
    latest.current++;
  }, []);

  function run(query: string, earlier: HistoryChatView[], before?: string) {
    const asked = ++latest.current;
    setState({ kind: 'searching', query, chats: earlier });
    searchHistory(api, query, before).then(
      (page) => asked === latest.current && setState({ kind: 'done', query, chats: [...earlier, ...page.chats], next: page.next }),
      () => asked === latest.current && setState({ kind: 'failed', query, chats: earlier, next: before }),
    );
  }

  return {
    state,
    type(text) {
      clearTimeout(timer.current);
      latest.current++;
      const query = text.trim();
      if (query.length < MIN_QUERY) return setState({ kind: 'idle' });
      setState({ kind: 'searching', query, chats: [] });
      timer.current = setTimeout(() => run(query, []), HISTORY_SEARCH_DELAY_MS);
    },
    more() {
      if (state.kind !== 'idle' && state.kind !== 'searching' && state.next) run(state.query, state.chats, state.next);
    },
  };
}
