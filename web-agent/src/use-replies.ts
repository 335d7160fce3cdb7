/**
 * The replies an agent may insert, loaded on first need (Insert opened, or `/` typed) and kept
 * in step with what the agent changes (favourites, recent uses, edits in the editor) and, once
 * loaded, with what an admin changes in the shared ones (`replies.changed` from the server).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { RepliesResponse, ReplyCreateBody, ReplyUpdateBody, ReplyView } from '../../functions/protocol/replies';
import type { Api } from './contacts-api';
import * as http from './replies-api';

export interface Replies {
  data?: RepliesResponse;
  failed: boolean;
  /** Loads once; later calls reuse what is there. */
  load(): void;
  /** Loads again (another agent or admin may have changed them), showing what is there meanwhile. */
  refresh(): void;
  toggleFavourite(replyId: string): void;
  /** The agent inserted it: first in Recently used, here and on the server. */
  used(replyId: string): void;
  /** Creates or edits; rejects with the server's reason. */
  save(body: ReplyCreateBody | (ReplyUpdateBody & { replyId: string })): Promise<void>;
  remove(replyId: string): Promise<void>;
}

export function useReplies(api: Api, client?: BrowserClient): Replies {
  const [data, setData] = useState<RepliesResponse>();
  const [changed, setChanged] = useState(0);
  const [failed, setFailed] = useState(false);
  const loading = useRef(false);
  // Marks go out one after the other, and a reload waits for them: an answer read before the
  // server stored the last mark would otherwise undo it on screen.
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  // Counts marks made here and changes the server announced; an answer requested before the latest one is stale, so it is asked again.
  const marks = useRef(0);
  const write = (send: () => Promise<void>) => {
    marks.current += 1;
    // A lost mark is not worth interrupting the chat for; the next load shows what the server kept.
    writes.current = writes.current.then(send).catch(() => undefined);
  };

  const reload = (): Promise<void> => {
    const asked = marks.current;
    return writes.current.then(() => http.fetchReplies(api)).then(
      (loaded) => {
        if (marks.current !== asked) return reload();
        setData(loaded);
        setFailed(false);
        loading.current = false;
      },
      () => {
        setFailed(true);
        loading.current = false;
      },
    );
  };

  useEffect(() => client?.on('frame', (frame) => frame.type === 'replies.changed' && setChanged((n) => n + 1)), [client]);
  // Loaded replies are read again; a read under way is stale, so it asks again (see `marks`); replies
  // not loaded yet load as they are when first needed.
  useEffect(() => {
    if (changed === 0) return;
    marks.current += 1;
    if (data) refresh();
  }, [changed]);

  const change = (update: (current: RepliesResponse) => RepliesResponse) => setData((current) => current && update(current));
  const replace = (reply: ReplyView) => change((d) => ({ ...d, replies: [...d.replies.filter((r) => r.replyId !== reply.replyId), reply] }));

  function refresh() {
    if (loading.current) return;
    loading.current = true;
    void reload();
  }

  return {
    data,
    failed,
    load() {
      if (data || loading.current) return;
      loading.current = true;
      void reload();
    },
    refresh,
    toggleFavourite(replyId) {
      const favourite = !data?.favourites.includes(replyId);
      change((d) => ({ ...d, favourites: favourite ? [...d.favourites, replyId] : d.favourites.filter((id) => id !== replyId) }));
      write(() => http.setFavourite(api, replyId, favourite));
    },
    used(replyId) {
      change((d) => ({ ...d, recent: [replyId, ...d.recent.filter((id) => id !== replyId)] }));
      write(() => http.markUsed(api, replyId));
    },
    async save(body) {
      if ('kind' in body) return replace(await http.createReply(api, body));
      const { replyId, ...fields } = body;
      replace(await http.updateReply(api, replyId, fields));
    },
    async remove(replyId) {
      await http.deleteReply(api, replyId);
      change((d) => ({ ...d, replies: d.replies.filter((r) => r.replyId !== replyId) }));
    },
  };
}
