/**
 * Insert and `/` for the composer: loads the replies, puts a chosen one into the text (filled for
 * this chat), remembers it as recently used, and keeps the names of variables it could not fill
 * (in it, or in a draft kept from before) for as long as they stay in the text.
 */
import { useContext, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { ReplyView } from '../../functions/protocol/replies';
import type { ChatView } from '../../functions/protocol/server-frames';
import type { Api } from './contacts-api';
import { insertIntoField, separated } from './caret';
import { chatLanguage, fillVariables, insertionFor, stillIn, type TemplateContext } from './template-fill';
import { useReplies } from './use-replies';
import { RepliesContext } from './replies-context';
import { useSlash } from './use-slash';
import { chatReference } from '../../functions/protocol/chat-reference';

/** What the composer needs to fill a template: the API, who answers, and the chat. */
export interface ReplyContext {
  api: Api;
  agentName: string;
  chat: ChatView;
}

export function useComposerReplies(context: ReplyContext, field: RefObject<HTMLTextAreaElement>, text: string, setText: (text: string) => void) {
  const own = useReplies(context.api);
  const replies = useContext(RepliesContext) ?? own;
  const filling = (): TemplateContext => {
    const { chat } = context;
    return { customerName: chat.customer.name, agentName: context.agentName, chatNumber: chatReference(chat.chatId), now: new Date(), language: chatLanguage(chat) };
  };
  // A draft kept from before (another chat was open, or the page reloaded) is flagged again for what it still cannot fill.
  const [flagged, setFlagged] = useState<string[]>(() => fillVariables(text, filling()).unknown);

  const fill = (reply: ReplyView) => insertionFor(reply, filling());

  function put(reply: ReplyView, replacing: boolean) {
    const filled = fill(reply);
    replies.used(reply.replyId);
    setFlagged((before) => [...new Set([...stillIn(text, before), ...filled.unknown])]);
    const element = field.current;
    if (!element) return;
    // `/words` is replaced by the reply; Insert puts it where the caret is, apart from the words around it.
    if (replacing) element.setSelectionRange(0, element.value.length);
    const { value, selectionStart, selectionEnd } = element;
    insertIntoField(element, separated(value.slice(0, selectionStart), filled.text, value.slice(selectionEnd)), setText);
  }

  const slash = useSlash(text, replies, (reply) => put(reply, true));
  return { replies, slash, insert: (reply: ReplyView) => put(reply, false), preview: (reply: ReplyView) => fill(reply).text, unknown: stillIn(text, flagged) };
}

