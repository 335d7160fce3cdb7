import { Deliveries } from '../../../bench/load/deliveries';

const message = (seq: number, clientMessageId?: string) => ({ chatId: 'chat-0001', seq, clientMessageId });

describe('Deliveries', () => {
  test('a message received once by the other side is delivered, with its latency from the same clock', () => {
    const d = new Deliveries();
    d.recordSend('msg-00001', 'chat-0001', 'customer', 100);
    expect(d.recordReceipt('agent-1', 'agent', message(3, 'msg-00001'), 130)).toBe(true);
    expect(d.counts()).toMatchObject({ sent: 1, delivered: 1, lost: 0, duplicated: 0 });
    expect(d.customerToAgentMs).toEqual([30]);
  });

  test('the echo to the sender confirms storage but is not a delivery', () => {
    const d = new Deliveries();
    d.recordSend('msg-00001', 'chat-0001', 'agent', 0);
    expect(d.recordReceipt('agent-1', 'agent', message(3, 'msg-00001'), 5)).toBe(false);
    expect(d.counts()).toMatchObject({ lost: 1, unconfirmed: 0 });
  });

  test("a confirmation of the sender's own message confirms storage and fills its gap in the sequence", () => {
    const d = new Deliveries();
    d.recordSend('msg-00001', 'chat-0001', 'customer', 0);
    d.recordReceipt('customer-1', 'customer', message(2), 1);
    d.recordConfirmations('customer-1', 'customer', [message(3, 'msg-00001')]);
    d.recordReceipt('customer-1', 'customer', message(4, 'their-0001'), 9);
    expect(d.counts()).toMatchObject({ unconfirmed: 0, seqGaps: 0, outOfOrder: 0 });
  });

  test('a second receipt at the other side is a duplicate', () => {
    const d = new Deliveries();
    d.recordSend('msg-00001', 'chat-0001', 'agent', 0);
    d.recordReceipt('customer-1', 'customer', message(3, 'msg-00001'), 5);
    expect(d.recordReceipt('customer-1', 'customer', message(3, 'msg-00001'), 9)).toBe(false);
    expect(d.counts()).toMatchObject({ delivered: 1, duplicated: 1, outOfOrder: 1 });
  });

  test('a skipped seq on one connection is counted as a gap', () => {
    const d = new Deliveries();
    d.recordReceipt('customer-1', 'customer', message(1), 0);
    d.recordReceipt('customer-1', 'customer', message(3), 1);
    expect(d.counts().seqGaps).toBe(1);
  });

  test('the same clientMessageId sent twice by the benchmark is a bug in the benchmark', () => {
    const d = new Deliveries();
    d.recordSend('msg-00001', 'chat-0001', 'agent', 0);
    expect(() => d.recordSend('msg-00001', 'chat-0001', 'agent', 1)).toThrow(/sent twice/);
  });
});
