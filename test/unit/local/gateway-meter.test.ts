import { billedUnits, GatewayMeter } from '../../../infra/local/gateway/meter';
import { ConnectionRegistry } from '../../../infra/local/gateway/registry';

describe('billedUnits', () => {
  test('meters messages in 32 KB units, an empty one still counting once', () => {
    expect(billedUnits(0)).toBe(1);
    expect(billedUnits(32 * 1024)).toBe(1);
    expect(billedUnits(32 * 1024 + 1)).toBe(2);
  });
});

describe('GatewayMeter', () => {
  test('counts posts by the type of frame posted', () => {
    const meter = new GatewayMeter(new ConnectionRegistry());
    meter.postOut(Buffer.from('{"type":"queue.position","chatId":"x"}'));
    meter.postOut(Buffer.from('{"type":"message","message":{}}'));
    meter.postOut(Buffer.from('{"type":"message","message":{}}'));
    expect(meter.snapshot().postsOut).toEqual({
      'queue.position': { count: 1, bytes: 38, units: 1 },
      message: { count: 2, bytes: 62, units: 2 },
    });
  });

  test('counts a post holding an array of frames once, under the type of its first frame', () => {
    const meter = new GatewayMeter(new ConnectionRegistry());
    const body = Buffer.from('[{"type":"chat","chat":{}},{"type":"message","message":{}}]');
    meter.postOut(body);
    expect(meter.snapshot().postsOut).toEqual({ chat: { count: 1, bytes: body.length, units: 1 } });
  });

  test('counts the connection time of closed and still open connections', () => {
    const registry = new ConnectionRegistry();
    const meter = new GatewayMeter(registry);
    registry.add({ connectionId: 'open', connectedAt: 1_000, sourceIp: '127.0.0.1', lastActiveAt: 1_000, socket: {} as never });
    meter.closed(0, 30_000);
    expect(meter.snapshot(61_000).connectionMs).toBe(30_000 + 60_000);
  });
});
