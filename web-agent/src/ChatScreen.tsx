/**
 * The console once signed in: status and log-out on top, then the Dashboard and Chats tabs (Statistics for managers and admins, Admin for admins).
 * The Chats tab stays mounted while hidden, so a half-written reply survives a look at the Dashboard.
 */
import type { AgentProfile, ClientConfig } from '../../functions/protocol/http';
import type { PresenceStatus } from '../../functions/protocol/server-frames';
import { useBrowserClient } from './use-browser-client';
import { useConsole } from './use-console';
import { useQueue } from './use-queue';
import { useAlerts } from './use-alerts';
import { useSound } from './use-sound';
import { handlingCount, offersTo } from './chat-summary';
import { TopBar } from './TopBar';
import { ConnectionBanner } from './ConnectionBanner';
import { SoundBanner } from './SoundBanner';
import { Tabs, panelId, tabId } from './Tabs';
import { NoticeBar } from './NoticeBar';
import { Dashboard } from './Dashboard';
import { ChatsTab } from './ChatsTab';
import { AlertDialog } from './AlertDialog';
import { StatisticsTab } from './StatisticsTab';
import { AdminTab } from './AdminTab';
import { useFiguresChannel } from './use-figures-channel';
import { ChannelNamesContext, useChannelNames } from './channel-names';
import { useReplies } from './use-replies';
import { RepliesContext } from './replies-context';
import { useLiveRole } from './use-live-role';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useMessageNews } from './use-message-news';
import { notify } from './notifications';
import { customerName } from './strings';
import { mayAnswerOn, myQueue, warningAfter } from './my-queue';

/** Several customers writing at once make one beep, not a burst. */
const NEWS_BEEP_GAP_MS = 2000;

interface Props {
  config: ClientConfig;
  token: string;
  agent: AgentProfile;
  onLogOut(): void;
  onExpired(): void;
}

export function ChatScreen({ config, token, agent: signedIn, onLogOut, onExpired }: Props) {
  const client = useBrowserClient(config, token, onExpired);
  const agent = useLiveRole(client, config, token, signedIn);
  const sound = useSound();
  const view = useConsole(client, agent, (text, chatId, title) => {
    sound.beeper?.beep();
    notify(title, text, `transfer:${chatId}`);
  });
  const newsBeepAt = useRef(0);
  useMessageNews(client, signedIn.id, (chatId) => view.tab === 'chats' && view.selected === chatId, ({ chat, message, unseen }) => {
    if (Date.now() - newsBeepAt.current >= NEWS_BEEP_GAP_MS) {
      newsBeepAt.current = Date.now();
      sound.beeper?.beep();
    }
    if (unseen) notify(customerName(chat.customer.name), message.text, `message:${chat.chatId}`);
  });
  const channelNames = useChannelNames(config, token, view.tab === 'dashboard' || view.tab === 'statistics', client);
  const queue = useQueue(client);
  // Incoming chats and the counts show the chats this agent may answer; the Dashboard's figures, every channel's.
  const mine = useMemo(() => myQueue(queue, channelNames), [queue, channelNames]);
  const warnAfter = useMemo(() => warningAfter(channelNames, queue.warnAfterSeconds, agent.role), [channelNames, queue.warnAfterSeconds, agent.role]);
  const { alerts, dismiss } = useAlerts(client, queue, warnAfter, view.presence, () => sound.beeper?.beep(), channelNames);
  const online = client.state === 'online';
  const handling = handlingCount(client.chats(), agent.id);
  const offers = offersTo(client.chats(), agent.id);
  // Declined on the way out, or on going Away (transfers go to Present agents only), so their senders
  // hear at once that this agent is no longer available instead of at the offer's time-out.
  const declineOffers = () => {
    for (const offer of offers) client.send({ action: 'transfer.reject', chatId: offer.chatId, loggingOut: true });
  };
  // The last frame says goodbye: the server counts the agent as gone at once, not as a console that
  // dropped and may be back in a moment (which new customers would still queue for).
  const logOut = () => {
    declineOffers();
    client.send({ action: 'ping', leaving: true });
    onLogOut();
  };
  const setStatus = (status: PresenceStatus) => {
    if (status === 'away') declineOffers();
    view.setStatus(status);
  };
  const alert = alerts[0];
  const managing = agent.role === 'manager' || agent.role === 'admin';
  const figuresChannel = useFiguresChannel(channelNames, managing);
  const replies = useReplies({ config, token }, client);
  // A tab the new role does not have closes, back to the Dashboard.
  const tabGone = (view.tab === 'statistics' && !managing) || (view.tab === 'admin' && agent.role !== 'admin');
  useEffect(() => {
    if (tabGone) view.setTab('dashboard');
  }, [tabGone]);

  return (
    // The replies are the console's, so the top bar's editor and every composer show the same ones.
    <RepliesContext.Provider value={replies}><ChannelNamesContext.Provider value={channelNames}><div class="console">
      <TopBar agent={agent} presence={view.presence} online={online} onStatus={setStatus} ongoing={handling} offeredBy={offers.map((offer) => offer.transfer!.from.name)} onLogOut={logOut} />
      <ConnectionBanner state={client.state} />
      {sound.blocked && <SoundBanner onAllow={() => void sound.beeper?.allow()} />}
      <Tabs tab={view.tab} waiting={mine.waiting} handling={handling} offered={offers.length} onChange={view.setTab} statistics={managing} admin={agent.role === 'admin'} />
      {view.notice && <NoticeBar notice={view.notice} onDismiss={view.dismissNotice} />}
      <div class="tabpanel" role="tabpanel" id={panelId('dashboard')} aria-labelledby={tabId('dashboard')} hidden={view.tab !== 'dashboard'}>
        {view.tab === 'dashboard' && <Dashboard config={config} token={token} client={client} queue={queue} incoming={mine.entries} waiting={mine.waiting} figuresChannel={figuresChannel} onAnswer={view.claim} onListen={view.listen} />}
      </div>
      <div class="tabpanel tabpanel-chats" role="tabpanel" id={panelId('chats')} aria-labelledby={tabId('chats')} hidden={view.tab !== 'chats'}>
        <ChatsTab client={client} config={config} token={token} agent={agent} view={view} waiting={mine.waiting} visible={view.tab === 'chats'} />
      </div>
      {managing && (
        <div class="tabpanel" role="tabpanel" id={panelId('statistics')} aria-labelledby={tabId('statistics')} hidden={view.tab !== 'statistics'}>
          {view.tab === 'statistics' && <StatisticsTab config={config} token={token} />}
        </div>
      )}
      {agent.role === 'admin' && (
        <div class="tabpanel" role="tabpanel" id={panelId('admin')} aria-labelledby={tabId('admin')} hidden={view.tab !== 'admin'}>
          {view.tab === 'admin' && <AdminTab config={config} token={token} selfId={agent.id} onExpired={onExpired} />}
        </div>
      )}
      {alert && (
        <AlertDialog
          alert={alert}
          more={new Set(alerts.map((other) => other.chatId)).size - 1}
          canAnswer={mayAnswerOn(channelNames, alert.channel)}
          onAnswer={() => {
            dismiss(alert.chatId, alert.level);
            view.claim(alert.chatId);
          }}
          onDismiss={() => dismiss(alert.chatId, alert.level)}
        />
      )}
    </div></ChannelNamesContext.Provider></RepliesContext.Provider>
  );
}
