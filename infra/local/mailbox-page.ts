/**
 * The local mailbox, `/mailbox/`: the mail Parley would have sent (chat transcripts), newest first,
 * and each one as plain text. Served only to this machine: mail holds customers' addresses and chats.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MailItem } from '../../functions/store';
import type { MailboxRead } from './mailbox-reader';

export const MAILBOX_PATH = '/mailbox/';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  // Mail text is escaped; the policy makes sure nothing in a page could run or load anyway.
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** Answers `/mailbox/…` (true), or leaves the request to others (false). */
export async function serveMailbox(read: (event: MailboxRead) => Promise<MailItem[]>, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const path = new URL(req.url ?? '/', 'http://local').pathname;
  if (path === '/mailbox') {
    res.writeHead(301, { location: MAILBOX_PATH }).end();
    return true;
  }
  if (!path.startsWith(MAILBOX_PATH)) return false;
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '') || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return true;
  }
  const key = /^(\d{1,15})-([\w-]{1,64})$/.exec(path.slice(MAILBOX_PATH.length));
  if (path === MAILBOX_PATH) {
    send(res, 200, 'Local mailbox', listing(await read({ list: true })));
    return true;
  }
  const [mail] = key ? await read({ at: Number(key[1]), id: key[2] }) : [];
  if (!mail) send(res, 404, 'Mail not found', `<p>No such mail. <a href="${MAILBOX_PATH}">Back to the mailbox</a></p>`);
  else send(res, 200, mail.subject, reading(mail));
  return true;
}

function listing(mail: MailItem[]): string {
  const intro = '<p>Mail Parley sent while running on this machine (on AWS it goes out through SES). Newest first.</p>';
  if (mail.length === 0) return `${intro}<p>No mail yet.</p>`;
  const rows = mail.map((m) => `<tr><td>${when(m.at)}</td><td>${escape(m.to)}</td><td><a href="${MAILBOX_PATH}${m.at}-${escape(m.id)}">${escape(m.subject)}</a></td></tr>`);
  return `${intro}<table><caption>Mail</caption><thead><tr><th scope="col">Date</th><th scope="col">To</th><th scope="col">Subject</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function reading(mail: MailItem): string {
  return `<p><a href="${MAILBOX_PATH}">Back to the mailbox</a></p>
<dl><dt>To</dt><dd>${escape(mail.to)}</dd><dt>Date</dt><dd>${when(mail.at)}</dd></dl>
<pre>${escape(mail.text)}</pre>`;
}

function send(res: ServerResponse, status: number, title: string, body: string): void {
  res.writeHead(status, HEADERS).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Parley</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d2330}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #d9dee5}
caption{text-align:left;font-weight:600}pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f6f9;padding:1rem;border-radius:6px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}a{color:#2357c6}</style>
</head><body><main><h1>${escape(title)}</h1>
${body}</main></body></html>`);
}

const when = (at: number) => new Date(at).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
