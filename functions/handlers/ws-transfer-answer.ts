/** `transfer.accept`, `transfer.reject`, `transfer.cancel`: the receiver's answer, or the sender taking it back. */
import { TransferAnswerFrame } from '../protocol';
import { answerTransfer } from '../domain/transfers';
import { route } from './lib/websocket';

export const handler = route(TransferAnswerFrame, (caller, frame, now) => answerTransfer(caller, frame.action, frame.chatId, now, frame.loggingOut));
