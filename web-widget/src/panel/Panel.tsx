/**
 * The widget's panel: header, then the chat, or — with no chat yet — the pre-chat form when an
 * agent is Present and only the offline form when none is. Tells the loader the unread count and
 * the site what happens; a live region reads new messages out.
 */
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { newId } from './new-id';
import type { PanelOptions } from '../panel-contract';
import type { OfflineRequestBody } from '../../../functions/protocol/http';
import type { WidgetLook } from '../../../functions/protocol/channels';
import { useStrings } from '../i18n';
import { useVisitorClient } from './use-visitor-client';
import { useChatChoice } from './use-chat-choice';
import { useAvailability } from './use-availability';
import { useNews } from './use-news';
import { useShownOffline } from './use-shown-offline';
import { unreadCount } from './unread';
import type { PreChatFields } from './forms';
import { formKit, useForms, type LoadedForms } from './lazy-forms';
import { WIDGET_PATHS } from '../../../functions/protocol/constants';
import { ChatPane } from './ChatPane';
import { PanelHeader } from './PanelHeader';
import { Announcer } from './Announcer';

/** `look`: the channel's, when its settings came. */
export function Panel(options: PanelOptions & { look?: WidgetLook }) {
  const { channel } = options;
  const t = useStrings();
  const session = useVisitorClient(options.base, channel);
  const { client, failed, lastError, clearError } = session;
  const choice = useChatChoice(channel, session);
  const { chatId } = choice;
  // What this panel sent to start `chatId`; undefined for a chat resumed after a reload or started in another tab.
  const [started, setStarted] = useState<PreChatFields & { chatId: string }>();
  const chat = chatId ? client?.chat(chatId) : undefined;
  const online = useAvailability(session.config, channel, !chatId, session.online, options.events);
  const loaded = useForms(!chatId, options.view);
  const announcement = useNews(client, options);
  const showOffline = useShownOffline(client?.state);
  const unread = chat && client ? unreadCount(client.messages(chat.chatId), chat.read?.customer ?? 0) : 0;
  useEffect(() => options.setUnread(unread), [unread]);

  const refused = !!chatId && !chat && lastError?.ref === chatId;
  useEffect(() => {
    if (refused) choice.letGo();
  }, [refused]);

  // A chat found already ended when the page loaded, with the panel closed, is over: the next open starts afresh.
  const firstSeen = useRef<string>();
  useEffect(() => {
    if (!chat || firstSeen.current === chat.chatId) return;
    firstSeen.current = chat.chatId;
    if (chat.status === 'ended' && !options.isOpen() && started?.chatId !== chat.chatId) letGo();
  }, [chat]);

  // After an ended chat, the next open starts afresh (and a reload no longer loads the panel).
  function letGo() {
    if (chatId) client?.forget(chatId);
    setStarted((last) => last && { ...last, question: '' });
    choice.letGo();
  }

  function start(fields: PreChatFields) {
    const id = newId();
    // A refusal of the last attempt is answered by this one; it must not follow into the chat.
    clearError();
    setStarted({ ...fields, chatId: id });
    choice.begin(id);
    client!.send({ action: 'chat.start', chatId: id, channel, language: options.lang, ...fields });
    options.events.emit('chat-started', { chatId: id });
  }

  // Without the channel's settings (an old deployment, a network error), the default channel's fields.
  function preChat({ forms, view }: LoadedForms) {
    const { config, token } = session;
    const kit = formKit(t);
    if (!online) {
      const offline = view?.offlineForm ?? { createsRequest: true, requiredFields: ['name', 'email', 'message'] };
      const send = (body: Omit<OfflineRequestBody, 'channel'>) => forms.sendOfflineRequest(config!.apiBase + WIDGET_PATHS.offlineRequests, token!, { ...body, channel });
      // A start refused as the channel closed leaves what the customer typed in the offline form.
      return <forms.OfflineForm kit={kit} createsRequest={offline.createsRequest} required={offline.requiredFields} prefill={options} newId={newId} send={send} initial={started} />;
    }
    const preChatForm = view?.preChatForm ?? { requiredFields: ['name', 'email', 'question'], faqSuggestions: false };
    const faqUrl = preChatForm.faqSuggestions ? `${config!.apiBase}${WIDGET_PATHS.widgetChannels}/${encodeURIComponent(channel)}/faq` : undefined;
    const initial = started ?? { name: '', email: '', phone: '', question: '' };
    const startRefused = lastError?.ref === started?.chatId ? lastError : undefined;
    return <forms.PreChatForm kit={kit} required={preChatForm.requiredFields} faqUrl={faqUrl} initial={initial} prefill={options} error={startRefused && t.refused(startRefused.code, startRefused.message)} errorField={startRefused?.field} onStart={start} />;
  }
  let body;
  if (failed) body = <p class="center" role="alert">{t.unavailable}</p>;
  else if (!client || (!chatId && (online === undefined || !loaded))) body = <p class="center">{t.connecting}</p>;
  else if (!chatId && loaded === 'failed') body = <p class="center" role="alert">{t.unavailable}</p>;
  else if (!chatId) body = preChat(loaded as LoadedForms);
  else if (!chat && started?.chatId !== chatId) body = <p class="center">{t.loadingChat}</p>;
  else {
    const question = started?.chatId === chatId ? started.question : undefined;
    const pane = { client, chatId, question, error: chat ? lastError : undefined, position: session.position };
    body = <ChatPane {...pane} onSent={clearError} onNewChat={letGo} />;
  }

  return (
    <section class="frame" tabIndex={-1} aria-label={t.title}>
      <PanelHeader
        look={options.look}
        onEnd={client && chat && chat.status !== 'ended' ? () => client.send({ action: 'chat.end', chatId: chat.chatId }) : undefined}
        canEnd={client?.state === 'online'}
        onMinimise={() => {
          if (chat?.status === 'ended') letGo();
          options.onMinimise();
        }}
      />
      {client && showOffline && (
        <p class="banner" role="status">
          {client.state === 'connecting' ? t.connecting : t.reconnecting}
        </p>
      )}
      {body}
      <Announcer {...announcement} />
    </section>
  );
}
