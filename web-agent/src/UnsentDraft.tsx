/**
 * A reply the agent was writing when the chat stopped being theirs (accepted by the agent they
 * offered it to, taken over, ended): the composer goes, the text does not. Shown until discarded.
 */
import { useState } from 'preact/hooks';
import { drafts } from './drafts';
import { t } from './strings';

export function UnsentDraft({ chatId }: { chatId: string }) {
  const [text, setText] = useState(() => drafts.load(chatId));
  if (!text.trim()) return null;
  const words = t.conversation.unsentDraft;
  return (
    <section class="unsent-draft" aria-label={words.title}>
      <p>
        <strong>{words.title}</strong> {words.hint}
      </p>
      <p class="message-text">{text}</p>
      <button type="button" onClick={() => void navigator.clipboard?.writeText(text).catch(() => undefined)}>
        {words.copy}
      </button>{' '}
      <button
        type="button"
        onClick={() => {
          drafts.save(chatId, '');
          setText('');
        }}
      >
        {words.discard}
      </button>
    </section>
  );
}
