/** An earlier chat, read-only: when it ran, its messages as the agent saw them, in order, and what the customer thought of it. */
import { useContext, useEffect, useState } from 'preact/hooks';
import type { PersonChatView, TranscriptResponse } from '../../functions/protocol/contacts';
import { fetchTranscript, type Api } from './contacts-api';
import { formatSpan } from './contact-format';
import { Dialog } from './Dialog';
import { MessageItem } from './MessageItem';
import { CustomerFeedback } from './CustomerFeedback';
import { t } from './strings';
import { useChannelName } from './channel-names';
import { FileLinkContext } from './file-link';

interface Props {
  api: Api;
  chat: PersonChatView;
  onClose(): void;
}

export function TranscriptDialog({ api, chat, onClose }: Props) {
  const [transcript, setTranscript] = useState<TranscriptResponse>();
  const [failed, setFailed] = useState(false);
  const channelName = useChannelName();
  const link = useContext(FileLinkContext);

  useEffect(() => {
    let stopped = false;
    fetchTranscript(api, chat.chatId).then(
      (loaded) => !stopped && setTranscript(loaded),
      () => !stopped && setFailed(true),
    );
    return () => {
      stopped = true;
    };
  }, [chat.chatId]);

  return (
    <Dialog title={t.contact.transcript} onClose={onClose}>
      <p class="muted small">
        {formatSpan(chat.createdAt, transcript?.chat.endedAt)} · {channelName(chat.channel)}
      </p>
      {failed && (
        <p role="alert" class="error">
          {t.contact.transcriptFailed}
        </p>
      )}
      {!transcript && !failed && <p class="muted">{t.loading}</p>}
      {transcript && (
        <ol class="messages transcript" aria-label={t.contact.transcript}>
          {transcript.messages.map((message) => (
            <MessageItem
              key={message.seq}
              role={message.kind === 'event' ? 'system' : message.author.role}
              name={message.author.name}
              text={message.text}
              byCustomer={message.byCustomer}
              at={message.at}
              file={message.file}
              link={link && (() => link(chat.chatId, message.seq))}
            />
          ))}
        </ol>
      )}
      {transcript?.chat.earlierFeedback && <CustomerFeedback feedback={transcript.chat.earlierFeedback} earlier />}
      {transcript?.chat.feedback && <CustomerFeedback feedback={transcript.chat.feedback} />}
    </Dialog>
  );
}
