/**
 * The agent's own state on the console, folded from server frames: presence, the open tab and
 * chat, notices, answering chats (the next in queue, or one picked from Incoming chats), who is
 * Present to take a transfer, chats closed on this console after a transfer, and the chats it
 * watches, followed again after a reload. A reload opens the chat that was open (open-chat.ts);
 * a chat handed to this agent without an accept step is announced as an offer is.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { AgentProfile } from '../../functions/protocol/http';
import type { ChatView, PresenceStatus } from '../../functions/protocol/server-frames';
import { isLocalRef, localRef } from './local-ref';
import { handOverFrom, newestWaitingOffer, transferEndedText, type PresentAgent } from './transfer-state';
import { chatToReopen, openChatStore } from './open-chat';
import { customerName, t } from './strings';
import { watchedChats, watchedStore } from './watched-chats';

export interface Notice {
  kind: 'notice' | 'error';
  text: string;
  /** A button beside the text, e.g. to open the chat it is about. */
  action?: { label: string; run(): void };
  /** The chat whose transfer offer this notice announces: it goes when the offer ends. */
  offerOf?: string;
  /** News told before the offer's announcement, which stays when the offered chat is open. */
  news?: string;
}

/** An offer's announcement is not needed while its chat, with its own Accept transfer bar, is open. */
function shownNotice(notice: Notice | undefined, openChat: string | undefined): Notice | undefined {
  if (notice?.offerOf === undefined || notice.offerOf !== openChat) return notice;
  return notice.news ? { kind: 'notice', text: notice.news } : undefined;
}

export type Tab = 'dashboard' | 'chats' | 'statistics' | 'admin';

const CLAIM_REPEAT_MS = 3000;

/**
 * `onOffered` hears of each new transfer offered to this agent, and of each chat handed to them
 * without one (to beep and notify, under `title`): an agent on the Dashboard, or in another window,
 * would otherwise not know one waits for them.
 */
export function useConsole(client: BrowserClient, agent: AgentProfile, onOffered: (text: string, chatId: string, title: string) => void = () => undefined) {
  const [presence, setPresence] = useState<PresenceStatus>(agent.status);
  const [selected, select] = useState<string>();
  // The chat open before a reload, waited for until the first sync has answered (or, if it was a
  // watched chat, until it is followed again): not the first chat the sync happens to bring.
  const reopening = useRef(useState(() => openChatStore.load(agent.id))[0]);
  useEffect(() => {
    if (reopening.current === undefined) openChatStore.save(agent.id, selected);
  }, [selected]);
  // The first sync has answered: a chat that becomes mine after it is news, not one that was mine already.
  const syncedOnce = useRef(false);
  // Chats that became mine with nobody here asking (no claim, no offer to me), by the seq of the event that did it.
  const cameToMe = useRef(new Map<string, number>());
  // Chats of mine that became another agent's, by the seq of the event that did it: a manager's take-over or hand-over is news.
  const wentFromMe = useRef(new Map<string, number>());
  const [tab, setTab] = useState<Tab>('chats');
  const [notice, setNotice] = useState<Notice>();
  // What the agent asked to answer ('next', or a chat id), so the chat it brings is opened at once.
  const awaiting = useRef<string>();
  const lastClaim = useRef(0);
  // Who can receive a transfer (the latest `agents` frame).
  const [present, setPresent] = useState<PresentAgent[]>([]);
  // Chats closed on this console only: a handed-over chat, or an offer that went away.
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  // The last offer seen per chat: its receiver's name, once the chat no longer carries it.
  const offers = useRef(new Map<string, NonNullable<ChatView['transfer']>>());
  // The frame handler outlives a render; it must reach the latest callback.
  const announceOffer = useRef(onOffered);
  announceOffer.current = onOffered;
  // The chats listed in the latest queue frame, which a sync's answer brings before `synced`.
  const queued = useRef<ReadonlySet<string>>(new Set());
  // Watched chats asked for again after a reconnect, by the ref of the ask.
  const relistening = useRef(new Map<string, string>());
  /** My active chats as the last frames showed them: Get next in queue selects a chat that just became one. */
  const answering = useRef(new Set<string>());
  // Watched chats kept from before a reload, followed again once the first sync has answered.
  const [kept] = useState(() => watchedStore.load(agent.id));
  const toWatchAgain = useRef(kept);
  const [restored, setRestored] = useState(false);

  const watching = watchedChats(client.chats(), agent.id, closed).join(' ');
  useEffect(() => {
    // Not before the first sync: until then nothing is held, and the kept list would be lost.
    if (restored) watchedStore.save(agent.id, watching ? watching.split(' ') : []);
  }, [watching, restored]);

  const close = (chatId: string) => {
    setClosed((before) => new Set(before).add(chatId));
    select((current) => (current === chatId ? undefined : current));
  };

  /** Follows a watched chat again; one the server refuses leaves the list (the `error` case below). */
  const relisten = (chatId: string) => {
    const ref = localRef();
    relistening.current.set(ref, chatId);
    client.send({ action: 'chat.listen', chatId, ref });
  };

  /** Opens a chat the agent asked for (answered, or Show chat): what was open before a reload no longer waits to open. */
  const open = (chatId: string | undefined) => {
    reopening.current = undefined;
    select(chatId);
  };

  /** Opens the chat kept from before the reload, or the first still going; `gone` could not be followed again. */
  const reopen = (gone?: string) => {
    const wanted = reopening.current;
    reopening.current = undefined;
    select((current) => current ?? chatToReopen(client.chats(), wanted, new Set(gone ? [gone] : [])));
  };

  useEffect(
    () =>
      client.on('frame', (frame) => {
        switch (frame.type) {
          case 'presence':
            return setPresence(frame.status);
          case 'notice':
            awaiting.current = undefined;
            return setNotice({ kind: 'notice', text: frame.code === 'already-claimed' ? t.notices.alreadyClaimed : t.notices.queueEmpty });
          case 'error': {
            // A watched chat that cannot be followed again (it ended meanwhile) leaves the list.
            const watched = frame.ref && relistening.current.get(frame.ref);
            if (watched) {
              close(watched);
              if (watched === reopening.current) reopen(watched);
              return;
            }
            // Refusals of the side panel's and the request dialog's frames are shown there.
            if (isLocalRef(frame.ref)) return;
            awaiting.current = undefined;
            return setNotice({ kind: 'error', text: t.refused(frame.code, frame.message) });
          }
          case 'agents':
            return setPresent(frame.present);
          case 'synced': {
            const again = toWatchAgain.current;
            toWatchAgain.current = [];
            setRestored(true);
            if (!syncedOnce.current) {
              syncedOnce.current = true;
              // A watched chat opens once followed again; any other is held now, or gone.
              const wanted = reopening.current;
              if (wanted !== undefined && !(again.includes(wanted) && !client.chat(wanted))) reopen();
            }
            for (const chatId of again) if (!client.chat(chatId)) relisten(chatId);
            return;
          }
          case 'listen.ended': {
            // An admin took this agent's "can listen in" away: the server no longer tells them of the chat.
            const watched = client.chat(frame.chatId);
            if (watched) setNotice({ kind: 'notice', text: t.notices.listenEnded(customerName(watched.customer.name)) });
            close(frame.chatId);
            if (frame.chatId === reopening.current) reopen(frame.chatId);
            return;
          }
          case 'queue':
            queued.current = new Set(frame.entries.map((entry) => entry.chatId));
            return;
          case 'transfer.ended': {
            const offer = offers.current.get(frame.chatId);
            offers.current.delete(frame.chatId);
            const held = client.chat(frame.chatId);
            // Without the offer (a reload): after any outcome but accepted, the sender owns the chat again.
            const sender = offer ? offer.from.id === agent.id : frame.outcome === 'accepted' || held?.agent?.id === agent.id;
            const customer = held && customerName(held.customer.name);
            const text = transferEndedText(frame.outcome, sender, offer?.to.name ?? held?.agent?.name ?? '', customer);
            if (sender || frame.outcome === 'accepted') return text && setNotice({ kind: 'notice', text });
            // An offer that went away leaves the receiver's list; another still waiting stays announced after the news.
            close(frame.chatId);
            const next = newestWaitingOffer(client.chats(), agent.id, frame.chatId);
            const waiting = next?.transfer && offerNotice(next, next.transfer);
            return text && setNotice(waiting ? { ...waiting, text: `${text}. ${waiting.text}`, news: text } : { kind: 'notice', text });
          }
          case 'message': {
            // The event that made a chat mine says how: a hand-over names who had it; a take-over, a claim or a return is no news.
            const { chatId, seq, event, text } = frame.message;
            if (wentFromMe.current.get(chatId) === seq) {
              wentFromMe.current.delete(chatId);
              const chat = client.chat(chatId);
              // My own transfer, accepted, is told by its outcome ("Bram Jansen accepted the chat").
              const mineHandedOn = event === 'transferred' && handOverFrom(text)?.from === agent.name;
              if (event === 'transferred' && !mineHandedOn && chat?.agent && chat.status === 'active') {
                setNotice({ kind: 'notice', text: t.transfer.takenFromYou(chat.agent.name, customerName(chat.customer.name)) });
              }
              return;
            }
            if (cameToMe.current.get(chatId) !== seq) return;
            cameToMe.current.delete(chatId);
            const handedOver = event === 'transferred' ? handOverFrom(text) : undefined;
            const chat = client.chat(chatId);
            if (handedOver && chat?.agent?.id === agent.id && chat.status === 'active') announceHandOver(chat, handedOver.from);
            return;
          }
          case 'chat': {
            const { chatId, transfer } = frame.chat;
            const wasOfferedToMe = offers.current.get(chatId)?.to.id === agent.id;
            if (transfer?.to.id === agent.id && offers.current.get(chatId)?.requestedAt !== transfer.requestedAt) offered(frame.chat, transfer);
            if (transfer) offers.current.set(chatId, transfer);
            // "X wants to transfer…" is stale once the offer is answered, here or in another window;
            // another offer still waiting for me is announced in its place.
            if (transfer?.to.id !== agent.id && wasOfferedToMe) {
              const next = newestWaitingOffer(client.chats(), agent.id, chatId);
              setNotice((current) => (current === undefined || current.offerOf === chatId ? next?.transfer && offerNotice(next, next.transfer) : current));
            }
            // Offered again (or back with me): show it again.
            if (frame.chat.transfer?.to.id === agent.id || frame.chat.agent?.id === agent.id)
              setClosed((before) => (before.has(chatId) ? new Set([...before].filter((id) => id !== chatId)) : before));
            if (awaiting.current === `listen:${chatId}`) {
              awaiting.current = undefined;
              setClosed((before) => (before.has(chatId) ? new Set([...before].filter((id) => id !== chatId)) : before));
              setTab('chats');
              return open(chatId);
            }
            const mine = frame.chat.status === 'active' && frame.chat.agent?.id === agent.id;
            // Another chat of mine can send its own frame meanwhile (its customer left the page): not the one claimed.
            const newlyMine = mine && !answering.current.has(chatId);
            if (!mine && answering.current.has(chatId) && frame.chat.status === 'active' && frame.chat.agent) wentFromMe.current.set(chatId, frame.chat.lastSeq);
            if (mine) answering.current.add(chatId);
            else answering.current.delete(chatId);
            if ((newlyMine && awaiting.current === 'next') || (mine && awaiting.current === chatId)) {
              awaiting.current = undefined;
              setTab('chats');
              return open(chatId);
            }
            // Mine without my asking, after the first sync: its event (the next message) says whether it was handed to me.
            if (newlyMine && syncedOnce.current && !wasOfferedToMe) cameToMe.current.set(chatId, frame.chat.lastSeq);
            // An offer of this chat to me is answered once it is mine: an offer gone stale must not hide a later hand-over.
            if (newlyMine && !transfer) offers.current.delete(chatId);
            // After a reload, the chat open before it; it is chosen once the sync has answered.
            if (reopening.current !== undefined) {
              if (chatId !== reopening.current || frame.chat.status === 'ended') return;
              reopening.current = undefined;
              return select(chatId);
            }
            // With nothing open, the first chat still going opens; an ended one waits under Recent chat sessions.
            return select((current) => current ?? (frame.chat.status === 'ended' ? undefined : chatId));
          }
        }
      }),
    [client, agent.id],
  );

  // A reconnect's sync returns only the agent's own chats. One watched (listened in on, or handed over)
  // is followed again. One of mine it no longer returns went on while this console was offline: back
  // to the queue (an agent gone too long), or on to a colleague (taken over, a transfer accepted).
  useEffect(
    () =>
      client.on('missing', (chatId) => {
        const held = client.chat(chatId);
        if (held?.status !== 'active') return;
        if (held.transfer?.to.id === agent.id && held.agent?.id !== agent.id) {
          // An offer to me withdrawn while this console was offline (cancelled, timed out, taken over): it and its announcement go.
          offers.current.delete(chatId);
          client.forget(chatId);
          close(chatId);
          const next = newestWaitingOffer(client.chats(), agent.id, chatId);
          return setNotice((current) => (current?.offerOf === chatId ? next?.transfer && offerNotice(next, next.transfer) : current));
        }
        if (held.agent?.id !== agent.id) return relisten(chatId);
        client.forget(chatId);
        answering.current.delete(chatId);
        close(chatId);
        const name = customerName(held.customer.name);
        if (!queued.current.has(chatId)) return setNotice({ kind: 'notice', text: t.notices.movedOnWhileOffline(name) });
        setNotice({ kind: 'notice', text: t.notices.requeuedWhileOffline(name), action: { label: t.notices.answerAgain, run: () => claim(chatId) } });
      }),
    [client, agent.id],
  );

  function offered(chat: ChatView, transfer: NonNullable<ChatView['transfer']>) {
    const notice = offerNotice(chat, transfer);
    setNotice(notice);
    announceOffer.current(notice.text, chat.chatId, t.transfer.offeredTitle);
  }

  /** "X handed you the chat with Y", with Show chat, told as an offer is: a hand-over asks nothing, but the chat is now theirs to answer. */
  function announceHandOver(chat: ChatView, from: string | undefined) {
    const text = t.transfer.handedOver(from, customerName(chat.customer.name));
    const show = () => {
      setNotice(undefined);
      setTab('chats');
      open(chat.chatId);
    };
    setNotice({ kind: 'notice', text, action: { label: t.transfer.show, run: show } });
    announceOffer.current(text, chat.chatId, t.transfer.handedOverTitle);
  }

  /** "X wants to transfer the chat with Y to you", with Show chat. */
  function offerNotice(chat: ChatView, transfer: NonNullable<ChatView['transfer']>): Notice {
    const text = t.transfer.offeredNotice(transfer.from.name, customerName(chat.customer.name));
    const show = () => {
      setNotice(undefined);
      setTab('chats');
      open(chat.chatId);
    };
    return { kind: 'notice', text, action: { label: t.transfer.show, run: show }, offerOf: chat.chatId };
  }

  function answer(target: string, send: () => boolean) {
    setNotice(undefined);
    awaiting.current = send() ? target : undefined;
  }

  function claim(chatId: string) {
    // A held-down Enter repeats; one claim per chat is enough until the server has answered.
    const now = Date.now();
    if (awaiting.current === chatId && now - lastClaim.current < CLAIM_REPEAT_MS) return;
    lastClaim.current = now;
    answer(chatId, () => client.send({ action: 'queue.claim', chatId, ref: chatId }));
  }

  return {
    presence,
    selected,
    select: open,
    tab,
    setTab,
    notice: shownNotice(notice, tab === 'chats' ? selected : undefined),
    dismissNotice: () => setNotice(undefined),
    getNext: () => answer('next', () => client.send({ action: 'queue.next', ref: 'next' })),
    claim,
    /** Listen in on another agent's ongoing chat: it opens read-only in the Chats tab. */
    listen: (chatId: string) => answer(`listen:${chatId}`, () => client.send({ action: 'chat.listen', chatId, ref: `listen:${chatId}` })),
    present,
    closed,
    close,
    setStatus: (status: PresenceStatus) => client.send({ action: 'presence.set', status }),
  };
}
