/**
 * Every word the widget shows, in one place: a second language is a second set of these.
 * Separate exports, so the loader's bundle takes only the launcher's two strings.
 */

export const launcherText = { open: 'Chat with us', unavailable: 'Chat unavailable, try again' };

/** "about 3 min", or "less than a minute" for shorter estimates. */
export function waitText(seconds: number): string {
  return seconds < 60 ? 'less than a minute' : `about ${Math.round(seconds / 60)} min`;
}

export const t = {
  title: 'Chat with us',
  endChat: 'End chat',
  minimise: 'Minimise chat',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  loadingChat: 'Loading your chat…',
  unavailable: 'Chat is not available right now. Please try again later.',
  prechat: { intro: 'Ask us anything. An agent will answer here.', name: 'Name', email: 'Email', question: 'Your question', start: 'Start chat' },
  offline: {
    intro: 'We are not online right now. Leave a message and we will get back to you.',
    name: 'Name',
    email: 'Email',
    message: 'Message',
    send: 'Send message',
    sending: 'Sending…',
    thanks: (number: number) => `Thank you. Your request number is ${number}.`,
    failed: 'Your message could not be sent. Please try again.',
  },
  waiting: 'Waiting for an agent…',
  position: (position: number) => `You are number ${position} in the queue.`,
  estimate: (seconds: number) => `Estimated wait: ${waitText(seconds)}.`,
  chattingWith: (name?: string) => `You are chatting with ${name ?? 'an agent'}.`,
  typing: (name: string) => `${name} is typing…`,
  conversation: 'Conversation',
  sending: 'Sending…',
  read: 'Read',
  ended: 'This chat has ended',
  newChat: 'Start a new chat',
  composer: { label: 'Message', placeholder: 'Type a message', send: 'Send' },
};
