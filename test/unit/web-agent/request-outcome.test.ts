import { requestOutcome, type SentRequest } from '../../../web-agent/src/request-outcome';
import type { MessageView, ServerFrame } from '../../../functions/protocol/server-frames';

const sent: SentRequest = { chatId: 'chat-0001', ref: 'ui-abc', afterSeq: 5 };
const message = (extra: Partial<MessageView>): ServerFrame => ({
  type: 'message',
  message: { chatId: 'chat-0001', seq: 6, kind: 'event', event: 'request-created', author: { role: 'system', name: 'Parley' }, text: 'Request #1 has been created for you', at: 0, ...extra },
});

describe('requestOutcome', () => {
  it("is created when the chat's request-created message arrives", () => {
    expect(requestOutcome(message({}), sent)).toEqual({ created: true });
  });

  it('ignores a request-created message from before the frame was sent', () => {
    expect(requestOutcome(message({ seq: 5 }), sent)).toBeUndefined();
  });

  it("ignores another chat's request-created message", () => {
    expect(requestOutcome(message({ chatId: 'chat-0002' }), sent)).toBeUndefined();
  });

  it("is created when the server answers the frame's ref, as it does to a create sent again", () => {
    expect(requestOutcome({ type: 'request.created', ref: 'ui-abc', chatId: 'chat-0001', requestId: 'r-1', number: 3 }, sent)).toEqual({ created: true });
  });

  it("ignores the server's answer to another frame", () => {
    expect(requestOutcome({ type: 'request.created', ref: 'ui-other', chatId: 'chat-0001', requestId: 'r-1', number: 3 }, sent)).toBeUndefined();
  });

  it('ignores ordinary messages', () => {
    expect(requestOutcome(message({ kind: 'text', event: undefined }), sent)).toBeUndefined();
  });

  it("is refused with the server's reason when an error echoes the ref", () => {
    expect(requestOutcome({ type: 'error', ref: 'ui-abc', code: 'not-found', message: 'No such chat' }, sent)).toEqual({ created: false, error: 'No such chat' });
  });

  it("ignores errors of other frames", () => {
    expect(requestOutcome({ type: 'error', ref: 'other', code: 'bad-frame', message: 'x' }, sent)).toBeUndefined();
  });
});
