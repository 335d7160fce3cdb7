/** How times read in the console. */
import { timeLocale } from './language';

const two = (n: number) => String(n).padStart(2, '0');

/** A waiting time as mm:ss, or h:mm:ss from an hour on; never negative, whatever the two clocks say. */
export function formatWait(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/** Clock time of a message or request, e.g. 14:05. */
export const formatTime = (at: number) => new Date(at).toLocaleTimeString(timeLocale, { hour: '2-digit', minute: '2-digit' });

/** Date and time, for requests that may be days old. */
export const formatDateTime = (at: number) => new Date(at).toLocaleString(timeLocale, { dateStyle: 'short', timeStyle: 'short' });
