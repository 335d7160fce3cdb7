/**
 * The customer's chat: where it stands (their place in the queue while waiting), the messages,
 * whether the agent is typing, and the composer or, once ended, the post-chat form and a way back. While on
 * screen it tells the server how far the customer has read.
 */
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { useEffect, useReducer, useState } from 'preact/hooks';
import { newId } from './new-id';
import type { BrowserClient } from '../../../functions/protocol/browser-client';
import { createReadReporter } from '../../../functions/protocol/browser/read-reporter';
import { createTypingThrottle } from '../../../functions/protocol/browser/typing';
import type { ErrorFrame, PositionFrame } from './use-visitor-client';
import { useInView } from './use-in-view';
import { useTyping } from './use-typing';
import { Messages } from './Messages';
import { Composer } from './Composer';
import { QueueStatus } from './QueueStatus';
import { lazyPart } from './lazy-part';
import { useStrings } from '../i18n';
import { lazyFileTransfers } from './lazy-file-transfers';
import { formKit } from './lazy-forms';
import { REOPEN_WINDOW_MINUTES } from '../../../functions/protocol/constants';

/** Only chats that end reach it; the post-chat form comes with it. */
const ChatEnded = lazyPart(() => import('./ChatEnded').then((m) => m.ChatEnded));

interface Props {
  client: BrowserClient;
  chatId: string;
  /** The question just sent, shown until the server's copy arrives. */
  question?: string;
  /** The server's last refusal, shown until the next send. */
  error?: ErrorFrame;
  position?: PositionFrame;
  onSent(): void;
  onNewChat(): void;
}

export function ChatPane({ client, chatId, question, error, position, onSent, onNewChat }: Props) {
  const t = useStrings();
  const chat = client.chat(chatId);
  const messages = client.messages(chatId);
  const unsent = !chat && question ? [{ clientMessageId: 'question', text: question }] : [];
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const inView = useInView(element);
  const typist = useTyping(client, chatId);
  const [throttle] = useState(() => createTypingThrottle());
  const [reporter] = useState(() => createReadReporter({ send: client.send }));
  const held = client.cursor(chatId);
  const ended = chat?.status === 'ended';
  // Whether the chat was shown live, ended, or both: once both, it ended or came back (Back to chat)
  // before the customer's eyes, and what takes the place of the composer or of the ended chat's
  // buttons takes the focus they had, if it fell to the page; a chat found ended after a reload takes none.
  const [states] = useState(() => new Set<boolean>());
  states.add(ended);
  const turned = states.size > 1;
  // Once the chat has ended, the refusals of its messages and files (they carry a ref) are over: the
  // chat says it ended, and a refused message shows as not sent. The post-chat form and Back to chat
  // send no ref: their refusals still show, one naming a field at that field of the form (the only fields on screen).
  const shown = ended && error?.ref ? undefined : error;
  const invalid = ended ? shown?.field : undefined;

  useEffect(() => () => reporter.dispose(), [reporter]);
  useEffect(() => {
    if (inView && held > 0) reporter.seen(chatId, held, chat?.read?.customer);
  }, [inView, held, chatId]);

  const send = (text: string) => {
    onSent();
    throttle.reset();
    client.send({ action: 'message.send', chatId, clientMessageId: newId(), text });
  };
  const typed = () => {
    if (chat?.status === 'active' && throttle.typed()) client.send({ action: 'typing', chatId });
  };
  const [, rerender] = useReducer((n: number, _: undefined) => n + 1, 0);
  const [files] = useState(() => lazyFileTransfers(client, () => rerender(undefined), newId));
  const sendFiles = (chosen: File[]) => {
    onSent();
    chosen.forEach((file) => void files.send(chatId, file));
  };
  // Dropped or pasted files go the same way as chosen ones, while the chat is active; never does
  // the browser open a dropped file in place of the shop's page.
  const takeFiles = (e: DragEvent | ClipboardEvent, list?: FileList) => {
    if (!list?.length) return;
    e.preventDefault();
    if (chat?.status === 'active') sendFiles([...list]);
  };

  return (
    <div
      class="chat"
      ref={setElement}
      onDragOver={(e) => e.dataTransfer?.types.includes('Files') && e.preventDefault()}
      onDrop={(e) => takeFiles(e, e.dataTransfer?.files)}
      onPaste={(e) => takeFiles(e, e.clipboardData?.files)}
    >
      {chat?.status === 'active' || chat?.bot ? (
        // While the bot has the chat nobody is waiting for an agent: the bot (by the name it gave) answers.
        <p class="status">{t.chattingWith(chat.bot ? messages.filter((m) => m.bot).pop()?.author.name ?? t.assistant : chat.agent?.name)}</p>
      ) : chat?.status === 'queued' ? (
        <QueueStatus position={position?.chatId === chatId ? position : undefined} />
      ) : !chat ? (
        // Until the server confirms the chat it is not waiting for anyone yet (an agent would find no chat in the queue).
        <p class="status">{t.connecting}</p>
      ) : null}
      <Messages messages={messages} pending={[...unsent, ...client.pending(chatId)]} refused={client.refused(chatId)} readUpTo={chat?.read?.agent ?? 0} offline={client.state !== 'online'} link={(seq) => files.link(chatId, seq)} />
      {/* Each file's progress or refusal, so of several refused at once none goes unsaid. English reasons name the file already, Dutch ones take it from here. */}
      {/* Once the chat has ended, its refusals are over (as for messages, above). */}
      {files.uploads(chatId).filter((u) => !(ended && u.error)).map((u) => (
        <p key={u.id} class={u.error ? 'error' : 'status'} role={u.error ? 'alert' : undefined}>
          {!u.error ? `${u.name}: ${t.files.uploading} ${Math.round((u.loaded / u.size) * 100)}%` : u.error.code === 'upload' ? `${u.name}: ${t.files.failed}` : t.refused(u.error.code, u.error.message, u.name)}
        </p>
      ))}
      <p class="typing" aria-live="polite">
        {typist && chat?.status === 'active' ? t.typing(typist) : ''}
      </p>
      {shown && !invalid && !files.uploads(chatId).some((u) => u.id === shown.ref) && (
        <p class="error" role="alert">
          {t.refused(shown.code, shown.message)}
        </p>
      )}
      {ended ? (
        <ChatEnded kit={formKit(t)} client={client} chat={chat} reopenWindowMs={REOPEN_WINDOW_MINUTES * 60_000} invalid={invalid} autoFocus={turned} onSent={onSent} onNewChat={onNewChat} />
      ) : (
        <Composer disabled={!chat} autoFocus={question !== undefined || turned} onSend={send} onTyping={typed} onFiles={chat?.status === 'active' ? sendFiles : undefined} />
      )}
    </div>
  );
}
