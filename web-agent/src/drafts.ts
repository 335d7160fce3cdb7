/**
 * Unsent text per chat, kept for this tab: an agent who switches to another chat, or reloads, finds
 * each reply as they left it. Log out forgets them all; a session that expired keeps them for the
 * agent's return. Storage that is full or switched off keeps nothing, and costs only that.
 */
const PREFIX = 'parley.draft.';

export const drafts = {
  load(chatId: string): string {
    try {
      return sessionStorage.getItem(PREFIX + chatId) ?? '';
    } catch {
      return '';
    }
  },
  save(chatId: string, text: string): void {
    try {
      if (text) sessionStorage.setItem(PREFIX + chatId, text);
      else sessionStorage.removeItem(PREFIX + chatId);
    } catch {
      // Nothing kept: the text stays in the field until the agent leaves this chat.
    }
  },
  forgetAll(): void {
    try {
      for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
    } catch {
      // Nothing was kept.
    }
  },
};
