/** The local mailbox page: mail as escaped text, and only for this machine. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { serveMailbox } from '../../../infra/local/mailbox-page';
import type { MailboxRead } from '../../../infra/local/mailbox-reader';
import type { MailItem } from '../../../functions/store';

const MAIL: MailItem = { id: 'a1b2c3d4-0000-4000-8000-000000000001', at: Date.UTC(2026, 10, 25, 14, 5), to: 'mila@example.com', subject: 'Your chat transcript', text: 'Hello <b>Mila</b>,\n<script>alert(1)</script>' };

/** Serves `path` as asked from `remoteAddress`; returns what was written. */
async function get(path: string, remoteAddress = '127.0.0.1', mail: MailItem[] = [MAIL]) {
  const reads: MailboxRead[] = [];
  const read = async (event: MailboxRead) => (reads.push(event), 'list' in event ? mail : mail.filter((m) => m.at === event.at && m.id === event.id));
  const out = { status: 0, headers: {} as Record<string, string>, body: '' };
  const res = {
    writeHead(status: number, headers: Record<string, string> = {}) {
      Object.assign(out, { status, headers });
      return this;
    },
    end(body?: string) {
      out.body = body ?? '';
    },
  } as unknown as ServerResponse;
  const served = await serveMailbox(read, { url: path, method: 'GET', socket: { remoteAddress } } as unknown as IncomingMessage, res);
  return { served, reads, ...out };
}

test('lists each mail with its date, recipient and subject, linking to it', async () => {
  const page = await get('/mailbox/');
  expect(page.status).toBe(200);
  expect(page.body).toContain('<td>2026-11-25 14:05 UTC</td><td>mila@example.com</td>');
  expect(page.body).toContain(`<a href="/mailbox/${MAIL.at}-${MAIL.id}">Your chat transcript</a>`);
});

test('shows one mail as text: markup in it is escaped, never rendered', async () => {
  const page = await get(`/mailbox/${MAIL.at}-${MAIL.id}`);
  expect(page.status).toBe(200);
  expect(page.body).toContain('<pre>Hello &#60;b&#62;Mila&#60;/b&#62;,\n&#60;script&#62;alert(1)&#60;/script&#62;</pre>');
  expect(page.body).not.toContain('<script>');
  expect(page.headers['content-security-policy']).toContain("default-src 'none'");
});

test('an unknown or malformed mail address is a 404 page', async () => {
  expect((await get(`/mailbox/${MAIL.at}-nope`)).status).toBe(404);
  const malformed = await get('/mailbox/1-..%2Fsecret');
  expect(malformed.status).toBe(404);
  expect(malformed.reads).toEqual([]);
});

test('is not served to other machines', async () => {
  const page = await get('/mailbox/', '192.0.2.10');
  expect(page.status).toBe(404);
  expect(page.reads).toEqual([]);
});

test('leaves other paths to the rest of the runtime', async () => {
  expect((await get('/demo/')).served).toBe(false);
});
