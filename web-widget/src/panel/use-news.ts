/**
 * Acts on news (see news-feed.ts): tells the site (`message`, `chat-ended`), chimes for the agent's
 * messages when asked to, and returns the latest line for the screen-reader live region.
 */
import { useEffect, useState } from 'preact/hooks';
import type { BrowserClient } from '../../../functions/protocol/browser-client';
import type { PanelOptions } from '../panel-contract';
import { useStrings } from '../i18n';
import { createNewsFeed } from './news-feed';
import { chime, shouldChime } from './chime';

export interface Announcement {
  text: string;
  /** Counts announcements, so the same words twice are read out twice. */
  count: number;
}

export function useNews(client: BrowserClient | undefined, options: PanelOptions): Announcement {
  const t = useStrings();
  const [said, setSaid] = useState<Announcement>({ text: '', count: 0 });
  useEffect(() => {
    if (!client) return;
    const feed = createNewsFeed();
    // What the client already held before this effect ran is history too.
    for (const chat of client.chats()) feed.seen({ type: 'chat', chat });
    return client.on('frame', (frame) => {
      const news = feed.seen(frame);
      if (!news) return;
      if (news.kind === 'ended') return options.events.emit('chat-ended', { chatId: news.chatId });
      const { message } = news;
      options.events.emit('message', message);
      if (message.author.role === 'customer') return;
      const text = message.kind === 'event' ? t.event(message) : t.announce(message.author.name, message.text);
      setSaid((last) => ({ text, count: last.count + 1 }));
      if (message.author.role === 'agent' && shouldChime(options.sound(), options.isOpen(), !document.hidden)) chime();
    });
  }, [client]);
  return said;
}
