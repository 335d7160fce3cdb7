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
  /** Why it failed: the server's error code and message, or 'upload' when the bucket refused or the network failed. */
  error?: { code: string; message: string };
}

export interface FileTransfers {
  /** Uploads in progress or failed; finished ones leave (their message is in the chat). */
  uploads(chatId: string): Upload[];
  send(chatId: string, file: File): Promise<void>;
  dismiss(id: string): void;
  /** A download link for the file message `seq`. */
  link(chatId: string, seq: number): Promise<string>;
}

/** A link is renewed this long before it expires, so a click never meets an expired one. */
const LINK_MARGIN_MS = 60_000;

export function createFileTransfers(client: BrowserClient, onChange: () => void, newId: () => string): FileTransfers {
  const uploads: (Upload & { chatId: string })[] = [];
  const links = new Map<string, { url: Promise<string>; expiresAt: number }>();

  /** The first reply to `ref`: a frame of `type` resolves, an error frame rejects. */
  function reply<T extends ServerFrame['type']>(ref: string, type: T, test: (f: ServerFrame) => boolean = () => false) {
    return new Promise<Extract<ServerFrame, { type: T }>>((resolve, reject) => {
      const off = client.on('frame', (f) => {
        const mine = 'ref' in f && f.ref === ref;
        if (mine && f.type === 'error') reject({ code: f.code, message: f.message });
        else if ((mine && f.type === type) || test(f)) resolve(f as Extract<ServerFrame, { type: T }>);
        else return;
        off();
      });
    });
  }

  function update(upload: Upload, change: Partial<Upload>) {
    Object.assign(upload, change);
    onChange();
  }

  return {
    uploads: (chatId) => uploads.filter((u) => u.chatId === chatId),
    async send(chatId, file) {
      const id = newId();
      const upload = { id, chatId, name: file.name, size: file.size, loaded: 0 };
      uploads.push(upload);
      onChange();
      try {
        const granted = reply(id, 'file.upload');
        if (!client.send({ action: 'file.upload', ref: id, chatId, name: file.name, size: file.size, type: file.type })) throw { code: 'offline', message: '' };
        await put((await granted).url, file, (loaded) => update(upload, { loaded }));
        const stored = reply(id, 'duplicate', (f) => f.type === 'message' && f.message.clientMessageId === id);
        client.send({ action: 'file.send', ref: id, chatId, clientMessageId: id, fileId: (await granted).fileId, name: file.name });
        await stored;
        uploads.splice(uploads.indexOf(upload), 1);
        onChange();
      } catch (error) {
        update(upload, { error: error as Upload['error'] });
      }
    },
    dismiss(id) {
      const at = uploads.findIndex((u) => u.id === id);
      if (at >= 0) uploads.splice(at, 1);
      onChange();
    },
    link(chatId, seq) {
      const key = `${chatId}/${seq}`;
      const held = links.get(key);
      if (held && held.expiresAt - LINK_MARGIN_MS > Date.now()) return held.url;
      const ref = newId();
      const url = reply(ref, 'file.url').then((f) => {
        links.set(key, { url, expiresAt: f.expiresAt });
        return f.url;
      });
      links.set(key, { url, expiresAt: Date.now() + LINK_MARGIN_MS * 2 });
      url.catch(() => links.delete(key));
      client.send({ action: 'file.download', ref, chatId, seq });
      return url;
    },
  };
}

/** PUT with progress: fetch cannot report upload progress, XMLHttpRequest can. */
function put(url: string, file: File, progress: (loaded: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.upload.onprogress = (e) => progress(e.loaded);
    xhr.onload = () => (xhr.status < 300 ? resolve() : reject({ code: 'upload', message: String(xhr.status) }));
    xhr.onerror = () => reject({ code: 'upload', message: '' });
    xhr.send(file);
  });
}

