/** Whether a customer opening the widget can chat now, or sees the offline form. */
import { getChannel } from './channels';
import { isOpen } from './opening-hours';
import { isAnyonePresent } from './presence';

/** The channel is within its opening hours and someone is Present. */
export async function channelAvailable(channelId: string, now: number): Promise<boolean> {
  const channel = await getChannel(channelId);
  if (!channel || !isOpen(channel.settings.hours, now)) return false;
  return isAnyonePresent(now);
}
