/**
 * Unanswered-chat pop-ups: the console counts down each waiting chat itself (exact to the second,
 * at its channel's warning times, on the channels that notify this agent or that they manage)
 * and also takes the server's alerts (raised by its one-minute sweeper); the alert book keeps one
 * pop-up per chat and level. Each new alert beeps and, when allowed, shows a browser notification.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { AlertLevel, PresenceStatus, QueueEntry } from '../../functions/protocol/server-frames';
import type { ChannelName } from '../../functions/protocol/channels';
import { createAlertBook, type Alert, type WarnAfter } from './alert-book';
import { formatWait } from './format';
import { notify } from './notifications';
import type { QueueState } from './use-queue';
import { customerName, t } from './strings';

const COUNTDOWN_EVERY_MS = 1000;

/**
 * `warnAfter`: when a waiting chat warns this agent, by its channel (my-queue.ts); `channels`: their
 * names, so a browser notification names the channel as the pop-up does.
 */
export function useAlerts(
  client: BrowserClient, queue: QueueState, warnAfter: WarnAfter, presence: PresenceStatus, onRaised: () => void, channels: ChannelName[],
) {
  const [book] = useState(createAlertBook);
  const [open, setOpen] = useState<Alert[]>([]);
  const refresh = () => setOpen(book.open());
  // The effects below outlive a render; they must reach the latest beeper and channel names.
  const announce = useRef(onRaised);
  announce.current = onRaised;
  const named = useRef(channels);
  named.current = channels;
  const channelName = (id: string) => named.current.find((c) => c.id === id)?.name ?? id;

  function raised(alerts: Alert[]) {
    if (alerts.length === 0) return;
    refresh();
    announce.current();
    for (const alert of alerts) {
      notify(alert.level === 'manager' ? t.alert.managerTitle : t.alert.title, t.alert.text(customerName(alert.customerName), formatWait(Date.now() - alert.queuedAt), channelName(alert.channel)), alert.chatId);
    }
  }

  useEffect(() => {
    book.setPresent(presence === 'present');
    refresh();
  }, [presence]);

  useEffect(() => {
    book.queueChanged(queue.waiting, queue.entries);
    refresh();
    const countdown = () => raised(book.countdown(queue.entries, warnAfter, Date.now()));
    countdown();
    const timer = setInterval(countdown, COUNTDOWN_EVERY_MS);
    return () => clearInterval(timer);
  }, [queue, presence, warnAfter]);

  useEffect(
    () =>
      client.on('frame', (frame) => {
        if (frame.type === 'alert') {
          const alert = book.received(frame);
          raised(alert ? [alert] : []);
        } else if (frame.type === 'alert.withdrawn') {
          book.withdraw(frame.chatId);
          refresh();
        }
      }),
    [client],
  );

  return {
    alerts: open,
    dismiss(chatId: string, level: AlertLevel) {
      book.dismiss(chatId, level);
      refresh();
    },
  };
}
