/** What the side panel works out from a person's records and the open chat. */
import type { PersonChatView, PersonPanelResponse, PersonView } from '../../functions/protocol/contacts';
import type { ChatView } from '../../functions/protocol/server-frames';

/**
 * True while the chat has ended, is linked to this person, and its Activities record is not in yet:
 * the server writes it from the event bus a moment after the end.
 */
export function awaitingActivity(panel: PersonPanelResponse, chat: ChatView): boolean {
  return chat.status === 'ended' && chat.personId === panel.person.personId && !panel.activities.some((a) => a.chatId === chat.chatId);
}

/** The person's chats other than the open one, newest first. */
export function earlierChats(panel: PersonPanelResponse, chatId: string): PersonChatView[] {
  return panel.chats.filter((c) => c.chatId !== chatId).sort((a, b) => b.createdAt - a.createdAt);
}

/** People from several searches, each once, in the order first found; `except` left out. */
export function mergePeople(lists: PersonView[][], except?: string): PersonView[] {
  const seen = new Set(except ? [except] : []);
  const merged: PersonView[] = [];
  for (const person of lists.flat()) {
    if (seen.has(person.personId)) continue;
    seen.add(person.personId);
    merged.push(person);
  }
  return merged;
}
