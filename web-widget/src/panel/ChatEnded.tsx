/**
 * Where an ended chat leaves the customer: that it ended, the post-chat form when the channel has it
 * on (thanks once answered), "Back to chat" to take it up again, and a way to start a new chat.
 */
import type { BrowserClient } from '../../../functions/protocol/browser-client';
import type { ChatView } from '../../../functions/protocol/server-frames';
import { REOPEN_WINDOW_MINUTES } from '../../../functions/protocol/constants';
import { useStrings } from '../i18n';
import { PostChatForm } from './PostChatForm';

interface Props {
  client: BrowserClient;
  chat: ChatView;
  onNewChat(): void;
}

export function ChatEnded({ client, chat, onNewChat }: Props) {
  const t = useStrings();
  const { chatId } = chat;
  const online = client.state === 'online';
  // The server refuses it later; a chat found ended long ago offers only a new chat.
  const canReopen = chat.postChatForm && Date.now() - (chat.endedAt ?? 0) < REOPEN_WINDOW_MINUTES * 60_000;
  return (
    <div class="ended">
      <p role="status">{t.ended}</p>
      {chat.postChatForm &&
        (chat.feedback ? (
          <p role="status">{t.postChat.thanks}</p>
        ) : (
          <PostChatForm email={chat.customer.email} online={online} onSend={(answers) => client.send({ action: 'chat.feedback', chatId, ...answers })} />
        ))}
      <p class="actions">
        {canReopen && (
          <button type="button" disabled={!online} onClick={() => client.send({ action: 'chat.reopen', chatId })}>
            {t.postChat.back}
          </button>
        )}
        <button type="button" class={canReopen ? '' : 'primary'} onClick={onNewChat}>
          {t.newChat}
        </button>
      </p>
    </div>
  );
}
