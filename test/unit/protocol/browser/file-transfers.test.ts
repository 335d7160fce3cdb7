import type { BrowserClient } from '../../../../functions/protocol/browser-client';
import { createEmitter } from '../../../../functions/protocol/browser/emitter';
import { createFileTransfers } from '../../../../functions/protocol/browser/file-transfers';
import { formatSize } from '../../../../functions/protocol/browser/file-size';
import type { ClientFrame } from '../../../../functions/protocol/client-frames';
import type { ServerFrame } from '../../../../functions/protocol/server-frames';

/** Just enough of a BrowserClient: records what is sent, and lets the test play server frames. */
function fakeClient(online = true) {
  const events = createEmitter<{ frame: ServerFrame }>();
  const sent: ClientFrame[] = [];
  const client = { on: events.on, send: (frame: ClientFrame) => (sent.push(frame), online) } as unknown as BrowserClient;
  return { client, sent, serve: (frame: ServerFrame) => events.emit('frame', frame) };
}

const ids = () => {
  let n = 0;
  return () => `id-${String(++n).padStart(6, '0')}`;
};
const file = (name: string, bytes: number) => ({ name, size: bytes, type: 'image/png' }) as File;

describe('link', () => {
  test('asks for the file and resolves with the URL the server gives', async () => {
    const { client, sent, serve } = fakeClient();
    const transfers = createFileTransfers(client, () => {}, ids());

    const url = transfers.link('chat-0001', 4);
    serve({ type: 'file.url', ref: 'id-000001', chatId: 'chat-0001', seq: 4, url: 'https://files.example/a', expiresAt: Date.now() + 300_000 });

    expect(await url).toBe('https://files.example/a');
    expect(sent).toEqual([{ action: 'file.download', ref: 'id-000001', chatId: 'chat-0001', seq: 4 }]);
  });

  test('reuses a link that is not about to expire', async () => {
    const { client, sent, serve } = fakeClient();
    const transfers = createFileTransfers(client, () => {}, ids());
    const first = transfers.link('chat-0001', 4);
    serve({ type: 'file.url', ref: 'id-000001', chatId: 'chat-0001', seq: 4, url: 'https://files.example/a', expiresAt: Date.now() + 300_000 });
    await first;

    expect(await transfers.link('chat-0001', 4)).toBe('https://files.example/a');
    expect(sent).toHaveLength(1);
  });

  test('asks again for a link close to its expiry', async () => {
    const { client, sent, serve } = fakeClient();
    const transfers = createFileTransfers(client, () => {}, ids());
    const first = transfers.link('chat-0001', 4);
    serve({ type: 'file.url', ref: 'id-000001', chatId: 'chat-0001', seq: 4, url: 'https://files.example/a', expiresAt: Date.now() + 30_000 });
    await first;

    void transfers.link('chat-0001', 4);

    expect(sent).toHaveLength(2);
  });

  test('rejects on a refusal, and asks again next time', async () => {
    const { client, sent, serve } = fakeClient();
    const transfers = createFileTransfers(client, () => {}, ids());
    const refused = transfers.link('chat-0001', 9);
    serve({ type: 'error', ref: 'id-000001', code: 'not-found', message: 'No such file' });
    await expect(refused).rejects.toMatchObject({ code: 'not-found' });

    void transfers.link('chat-0001', 9);

    expect(sent).toHaveLength(2);
  });
});

describe('send', () => {
  test('a refused upload is listed with the server\'s reason, and nothing is uploaded', async () => {
    const { client, serve } = fakeClient();
    const transfers = createFileTransfers(client, () => {}, ids());

    const sending = transfers.send('chat-0001', file('huge.png', 50_000_000));
    serve({ type: 'error', ref: 'id-000001', code: 'file-too-large', message: 'huge.png is 48 MB; files can be at most 20 MB' });
    await sending;

    expect(transfers.uploads('chat-0001')).toEqual([
      expect.objectContaining({ name: 'huge.png', loaded: 0, error: expect.objectContaining({ code: 'file-too-large', message: 'huge.png is 48 MB; files can be at most 20 MB' }) }),
    ]);
  });

  test('fails as an upload failure when the socket is down', async () => {
    const { client } = fakeClient(false);
    const transfers = createFileTransfers(client, () => {}, ids());

    await transfers.send('chat-0001', file('photo.png', 10));

    expect(transfers.uploads('chat-0001')[0].error).toEqual({ code: 'upload', message: '' });
  });

  test('a dismissed failure leaves the list', async () => {
    const { client } = fakeClient(false);
    const transfers = createFileTransfers(client, () => {}, ids());
    await transfers.send('chat-0001', file('photo.png', 10));

    transfers.dismiss('id-000001');

    expect(transfers.uploads('chat-0001')).toEqual([]);
  });
});

describe('send, with the bucket taking every upload', () => {
  /** The browser's XMLHttpRequest as far as an upload uses it: every PUT succeeds at once. */
  class AcceptingXhr {
    status = 200;
    upload: { onprogress?: (e: { loaded: number }) => void } = {};
    onload?: () => void;
    open() {}
    send(body: File) {
      queueMicrotask(() => (this.upload.onprogress?.({ loaded: body.size }), this.onload?.()));
    }
  }
  const globals = globalThis as { XMLHttpRequest?: unknown };
  beforeEach(() => {
    globals.XMLHttpRequest = AcceptingXhr;
    jest.useFakeTimers();
  });
  afterEach(() => {
    delete globals.XMLHttpRequest;
    jest.useRealTimers();
  });

  /** Plays the server through the upload grant; resolves once the file message is sent (again). */
  async function uploaded(serve: (frame: ServerFrame) => void, sent: ClientFrame[], sends: number) {
    serve({ type: 'file.upload', ref: 'id-000001', chatId: 'chat-0001', fileId: 'file-1', url: 'https://bucket.example/put', expiresAt: Date.now() + 60_000 });
    while (sent.filter((f) => f.action === 'file.send').length < sends) await jest.advanceTimersByTimeAsync(100);
  }
  const refusedTooFast: ServerFrame = { type: 'error', ref: 'id-000001', code: 'rate-limited', message: 'You are sending too fast; wait a few seconds and try again' };

  test('a file message refused as sent too fast is sent again 5 s later, with the same id, and leaves the list once stored', async () => {
    const { client, sent, serve } = fakeClient();
    const transfers = createFileTransfers(client, () => {}, ids());
    const sending = transfers.send('chat-0001', file('photo.png', 10));
    await uploaded(serve, sent, 1);
    serve(refusedTooFast);
    await jest.advanceTimersByTimeAsync(4_900);
    expect(sent.filter((f) => f.action === 'file.send')).toHaveLength(1);
    expect(transfers.uploads('chat-0001')[0].error).toBeUndefined();

    await uploaded(serve, sent, 2);
    serve({ type: 'duplicate', ref: 'id-000001', chatId: 'chat-0001', clientMessageId: 'id-000001' });
    await sending;

    const sends = sent.filter((f) => f.action === 'file.send');
    expect(sends).toEqual([sends[0], sends[0]]);
    expect(sends[0]).toMatchObject({ clientMessageId: 'id-000001', fileId: 'file-1' });
    expect(transfers.uploads('chat-0001')).toEqual([]);
  });

  test('any other refusal of the file message is listed at once, and not sent again', async () => {
    const { client, sent, serve } = fakeClient();
    const transfers = createFileTransfers(client, () => {}, ids());
    const sending = transfers.send('chat-0001', file('photo.png', 10));
    await uploaded(serve, sent, 1);
    serve({ type: 'error', ref: 'id-000001', code: 'chat-ended', message: 'This chat has ended' });
    await sending;

    expect(transfers.uploads('chat-0001')[0].error).toMatchObject({ code: 'chat-ended' });
    await jest.advanceTimersByTimeAsync(10_000);
    expect(sent.filter((f) => f.action === 'file.send')).toHaveLength(1);
  });
});

describe('send, several files chosen at once', () => {
  /** Each PUT finishes when the test says so, in whatever order it likes. */
  const pending: Record<string, () => void> = {};
  class HeldXhr {
    status = 200;
    upload = {};
    onload?: () => void;
    url = '';
    open(_method: string, url: string) {
      this.url = url;
    }
    send() {
      pending[this.url] = () => this.onload?.();
    }
  }
  const globals = globalThis as { XMLHttpRequest?: unknown };
  beforeEach(() => (globals.XMLHttpRequest = HeldXhr));
  afterEach(() => delete globals.XMLHttpRequest);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  test('become messages in the order they were chosen, whichever upload finishes first; a failed one holds none up', async () => {
    const { client, sent, serve } = fakeClient();
    const transfers = createFileTransfers(client, () => {}, ids());
    const sending = ['page-1.pdf', 'page-2.pdf', 'page-3.pdf'].map((name) => transfers.send('chat-0001', file(name, 10)));
    for (const n of [1, 2, 3]) serve({ type: 'file.upload', ref: `id-00000${n}`, chatId: 'chat-0001', fileId: `file-${n}`, url: `https://bucket.example/${n}`, expiresAt: Date.now() + 60_000 });
    await settle();
    const fileSends = () => sent.flatMap((f) => (f.action === 'file.send' ? [f.name] : []));

    pending['https://bucket.example/3']();
    pending['https://bucket.example/2']();
    await settle();
    expect(fileSends()).toEqual([]);

    pending['https://bucket.example/1']();
    await settle();
    expect(fileSends()).toEqual(['page-1.pdf']);
    serve({ type: 'error', ref: 'id-000001', code: 'chat-ended', message: 'This chat has ended' });
    await settle();
    expect(fileSends()).toEqual(['page-1.pdf', 'page-2.pdf']);
    serve({ type: 'duplicate', ref: 'id-000002', chatId: 'chat-0001', clientMessageId: 'id-000002' });
    await settle();
    expect(fileSends()).toEqual(['page-1.pdf', 'page-2.pdf', 'page-3.pdf']);
    serve({ type: 'duplicate', ref: 'id-000003', chatId: 'chat-0001', clientMessageId: 'id-000003' });
    await Promise.all(sending);
    expect(transfers.uploads('chat-0001').map((u) => u.name)).toEqual(['page-1.pdf']);
  });
});

describe('formatSize', () => {
  test.each([[900, '900 B'], [12_345, '12 KB'], [1_572_864, '1.5 MB']])('%d bytes read as %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});
