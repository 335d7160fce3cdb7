/** `chat.feedback`: the post-chat form. */
import { ChatFeedbackFrame } from '../protocol';
import { giveFeedback } from '../domain/post-chat';
import { route } from './lib/websocket';

export const handler = route(ChatFeedbackFrame, giveFeedback);
