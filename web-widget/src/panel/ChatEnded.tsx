/**
 * Where an ended chat leaves the customer: that it ended, the post-chat form when the channel has it
 * on (thanks once answered), "Back to chat" to take it up again, and a way to start a new chat.
 */
import type { BrowserClient } from '../../../functions/protocol/browser-client';
import type { ChatView } from '../../../functions/protocol/server-frames';
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
        {chat.postChatForm && (
          <button type="button" disabled={!online} onClick={() => client.send({ action: 'chat.reopen', chatId })}>
            {t.postChat.back}
          </button>
        )}
        <button type="button" class={chat.postChatForm ? '' : 'primary'} onClick={onNewChat}>
          {t.newChat}
        </button>
      </p>
    </div>
  );
}
