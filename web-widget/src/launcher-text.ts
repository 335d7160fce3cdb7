/** The launcher's words in both languages: all the loader carries; the panel's words load with the panel. */
import type { Lang } from './language';

export const launcherText: Record<Lang, { open: string; unavailable: string; unread: string }> = {
  en: { open: 'Chat with us', unavailable: 'Chat unavailable, try again', unread: 'unread' },
  nl: { open: 'Chat met ons', unavailable: 'Chat niet beschikbaar, probeer opnieuw', unread: 'ongelezen' },
};
