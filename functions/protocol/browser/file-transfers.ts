/**
 * Files for both frontends: asks for an upload URL, PUTs the bytes straight to the bucket with
 * progress, then sends the file message; and fetches short-lived download links, reused until
 * they are about to expire. Refusals arrive as the server's error frames for the same `ref`.
 */
import type { BrowserClient } from '../browser-client';
import type { ServerFrame } from '../server-frames';

export interface Upload {
  /** The file message's clientMessageId, also the `ref` of every frame sent for it. */
  id: string;
  name: string;
  size: number;
  /** Bytes sent so far. */
  loaded: number;
  /** Why it failed: the server's error code and message (and limit), or code 'upload' when the bucket refused or the network or socket was down. */
  error?: { code: string; message: string; limit?: number };
}

export interface FileTransfers {
  /** Uploads in progress or failed; finished ones leave (their message is in the chat). */
  uploads(chatId: string): Upload[];
  send(chatId: string, file: File): Promise<void>;
  dismiss(id: string): void;
  /** A download link for the file message `seq`. */
  link(chatId: string, seq: number): Promise<string>;
}

/** Why an upload failed when the bucket refused it or the network (or the socket) was down. */
const UPLOAD_FAILED = { code: 'upload', message: '' };
/** A link is renewed this long before it expires, so a click never meets an expired one. */
const LINK_MARGIN_MS = 60_000;
/**
 * A file message refused as sent too fast is sent again this long after, as a text message is
 * (RESEND_MS in browser-client.ts), while the chat's limit refills; the file is in the bucket already.
 */
const TOO_FAST_RETRY_MS = 5_000;
const TOO_FAST_TRIES = 12;

export function createFileTransfers(client: BrowserClient, onChange: () => void, newId: () => string): FileTransfers {
  let uploads: (Upload & { chatId: string })[] = [];
  const links: Record<string, [url: Promise<string>, renewAt: number]> = {};
  // Per chat, when the file chosen last is sent or failed: files chosen together upload at once but
  // become messages in the order they were chosen, whichever upload finishes first.
  const turns: Record<string, Promise<void>> = {};

  /** The first frame `done` accepts resolves; an error frame for `ref` rejects with itself (its code and message). */
  const reply = <F extends ServerFrame>(ref: string, done: (f: ServerFrame) => boolean) =>
    new Promise<F>((resolve, reject) => {
      const off = client.on('frame', (f) => {
        const refused = f.type === 'error' && f.ref === ref;
        if (!refused && !done(f)) return;
        off();
        (refused ? reject : resolve)(f as F);
      });
    });
  const dismiss = (id: string) => {
    uploads = uploads.filter((u) => u.id !== id);
    onChange();
  };

  return {
    uploads: (chatId) => uploads.filter((u) => u.chatId === chatId),
    dismiss,
    async send(chatId, file) {
      const id = newId();
      const upload: Upload & { chatId: string } = { id, chatId, name: file.name, size: file.size, loaded: 0 };
      uploads.push(upload);
      onChange();
      const earlier = turns[chatId];
      let done!: () => void;
      turns[chatId] = new Promise((resolve) => (done = resolve));
      try {
        const granted = reply<FileUploadGrant>(id, (f) => f.type === 'file.upload' && f.ref === id);
        if (!client.send({ action: 'file.upload', ref: id, chatId, name: file.name, size: file.size, type: file.type })) throw UPLOAD_FAILED;
        const { url, fileId } = await granted;
        await put(url, file, (loaded) => {
          upload.loaded = loaded;
          onChange();
        });
        await earlier;
        for (let tries = 1; ; tries++) {
          const stored = reply(id, (f) => (f.type === 'message' && f.message.clientMessageId === id) || (f.type === 'duplicate' && f.ref === id));
          if (!client.send({ action: 'file.send', ref: id, chatId, clientMessageId: id, fileId, name: file.name })) throw UPLOAD_FAILED;
          try {
            await stored;
            break;
          } catch (refusal) {
            if ((refusal as Upload['error'])?.code !== 'rate-limited' || tries === TOO_FAST_TRIES) throw refusal;
            await new Promise((resolve) => setTimeout(resolve, TOO_FAST_RETRY_MS));
          }
        }
        dismiss(id);
      } catch (error) {
        upload.error = error as Upload['error'];
        onChange();
      }
      done();
    },
    link(chatId, seq) {
      const key = `${chatId} ${seq}`;
      const held = links[key];
      if (held && held[1] > Date.now()) return held[0];
      const ref = newId();
      const url = reply<FileUrl>(ref, (f) => f.type === 'file.url' && f.ref === ref).then((f) => {
        links[key][1] = f.expiresAt - LINK_MARGIN_MS;
        return f.url;
      });
      links[key] = [url, Date.now() + LINK_MARGIN_MS];
      url.catch(() => delete links[key]);
      client.send({ action: 'file.download', ref, chatId, seq });
      return url;
    },
  };
}

type FileUploadGrant = Extract<ServerFrame, { type: 'file.upload' }>;
type FileUrl = Extract<ServerFrame, { type: 'file.url' }>;

/** PUT with progress: fetch cannot report upload progress, XMLHttpRequest can. */
function put(url: string, file: File, progress: (loaded: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.upload.onprogress = (e) => progress(e.loaded);
    xhr.onload = () => (xhr.status < 300 ? resolve() : reject(UPLOAD_FAILED));
    xhr.onerror = () => reject(UPLOAD_FAILED);
    xhr.send(file);
  });
}

