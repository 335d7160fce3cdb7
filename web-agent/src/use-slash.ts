/**
 * The `/` list's state: open while the text is `/` plus words and not dismissed with ESC or Tab; arrow keys
 * move the highlight, ENTER chooses. `keyDown` returns true for the keys it used.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { ReplyView } from '../../functions/protocol/replies';
import { rankSlash, slashQuery } from './slash-filter';
import type { Replies } from './use-replies';

export function useSlash(text: string, replies: Replies, onChoose: (reply: ReplyView) => void) {
  const listId = useId();
  const query = slashQuery(text);
  const [dismissed, setDismissed] = useState(false);
  const [active, setActive] = useState(0);
  const open = query !== undefined && !dismissed && !!replies.data;
  const items = open ? rankSlash(replies.data!.replies, query, replies.data!) : [];

  useEffect(() => {
    if (query !== undefined) replies.load();
    // ESC closes the list until the slash is gone.
    else setDismissed(false);
  }, [query !== undefined]);
  useEffect(() => setActive(0), [query]);

  const optionId = (index: number) => `${listId}-option-${index}`;

  function keyDown(event: KeyboardEvent): boolean {
    if (!open) return false;
    // Tab moves on from the text field: the list goes as ESC would, and focus goes where Tab takes it.
    if (event.key === 'Tab') {
      setDismissed(true);
      return false;
    }
    if (event.key === 'Escape') {
      setDismissed(true);
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && items.length) {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + items.length) % items.length);
    } else if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && items[active]) {
      onChoose(items[active]);
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  }

  return {
    open,
    items,
    active,
    listId,
    optionId,
    keyDown,
    choose: onChoose,
    /** For the text field: which list it controls and which option is highlighted. */
    fieldProps: {
      'aria-controls': open ? listId : undefined,
      'aria-autocomplete': 'list' as const,
      'aria-activedescendant': open && items.length ? optionId(active) : undefined,
    },
  };
}
