/**
 * Keeps a scrolled list at its newest (last) item while that item or any other grows: an image
 * preview appears only once its link has come and takes its height only as it loads, both after
 * the scroll to the newest, which then ended with the newest image cut off below the fold.
 * A reader who scrolled up is left where they are until they come back down to the end.
 */

/** How near the end a reader counts as reading the newest line. */
const BOTTOM_SLACK_PX = 24;

export interface FollowNewest {
  /** Whether the list follows its growth: at the end, or not moved up since it was. */
  following(): boolean;
  /** Scrolls to the end and follows from there (a message sent or arrived, a chat opened). */
  toNewest(): void;
  stop(): void;
}

export function followNewest(list: HTMLElement): FollowNewest {
  let following = true;
  let lastTop = list.scrollTop;
  const toNewest = () => {
    following = true;
    list.scrollTop = list.scrollHeight;
  };

  // Only a move up leaves the end: content growing under the reader (or the browser's scroll
  // anchoring moving scrollTop down for it) fires scroll events too, and must not count as leaving.
  const onScroll = () => {
    const { scrollHeight, scrollTop, clientHeight } = list;
    if (scrollHeight - scrollTop - clientHeight < BOTTOM_SLACK_PX) following = true;
    else if (scrollTop < lastTop) following = false;
    lastTop = scrollTop;
  };
  list.addEventListener('scroll', onScroll, { passive: true });

  // The list's own box does not change as its items grow: each item is watched, those added too.
  // The box is watched as well, for a bar below the list that comes or goes (an upload's progress):
  // a list made taller at its end moves up by as much, once by the browser and once more by
  // keepBottomInPlace, which for that must start before this one, whose scroll then comes last.
  const grown = new ResizeObserver(() => {
    if (following) list.scrollTop = list.scrollHeight;
  });
  const watch = (nodes: Iterable<Node>, how: 'observe' | 'unobserve') => {
    for (const node of nodes) if (node instanceof Element) grown[how](node);
  };
  grown.observe(list);
  watch(list.children, 'observe');
  const added = new MutationObserver((records) => {
    for (const record of records) {
      watch(record.removedNodes, 'unobserve');
      watch(record.addedNodes, 'observe');
    }
  });
  added.observe(list, { childList: true });

  return {
    following: () => following,
    toNewest,
    stop() {
      list.removeEventListener('scroll', onScroll);
      grown.disconnect();
      added.disconnect();
    },
  };
}
