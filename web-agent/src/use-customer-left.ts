/**
 * Whether to show that the customer left the page of an answered chat (`ChatView.customerLeftAt`).
 * A reload or the next page of the site closes the widget's connection and opens another within
 * seconds, so the mark shows only once it has held for SHOW_AFTER_MS on this console's own clock.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ChatView } from '../../functions/protocol/server-frames';

export const SHOW_AFTER_MS = 8000;

export function useCustomerLeft(chat: ChatView): number | undefined {
  const leftAt = chat.status === 'active' ? chat.customerLeftAt : undefined;
  const [shown, setShown] = useState<number | undefined>(undefined);
  useEffect(() => {
    setShown(undefined);
    if (leftAt === undefined) return;
    const timer = setTimeout(() => setShown(leftAt), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [leftAt]);
  return shown === leftAt ? shown : undefined;
}
