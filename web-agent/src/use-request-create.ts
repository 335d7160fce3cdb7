/**
 * "Create request" from a chat: sends `request.create` and settles when the chat's
 * 'request-created' message arrives or the server refuses the frame. An ended chat gets no such
 * message (nobody is left to tell), so the requests list is also checked for one new for this
 * chat; after a few tries without either, the agent is told it is unconfirmed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { nanoid } from 'nanoid';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { RequestPriority } from '../../functions/protocol/http';
import { fetchRequests } from './api';
import type { Api } from './contacts-api';
import { localRef } from './local-ref';
import { requestOutcome, type RequestOutcome, type SentRequest } from './request-outcome';
import { t } from './strings';

const CHECK_EVERY_MS = 750;
const CHECKS = 8;

export interface RequestFields {
  title: string;
  category?: string;
  priority: RequestPriority;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function useRequestCreate(client: BrowserClient, api: Api, chatId: string, onCreated: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const sent = useRef<SentRequest>();
  // One id for every send from this dialog: sending again after an unconfirmed one makes no second request.
  const requestId = useRef(nanoid());
  const created = useRef(onCreated);
  created.current = onCreated;

  const requestIds = async () => new Set((await fetchRequests(api.config, api.token)).filter((r) => r.chatId === chatId).map((r) => r.requestId));
  const waitingFor = (ref: string) => sent.current?.ref === ref;

  function settle(outcome: RequestOutcome) {
    sent.current = undefined;
    setBusy(false);
    if (outcome.created) created.current();
    else setError(outcome.error);
  }

  useEffect(() => {
    const off = client.on('frame', (frame) => {
      const outcome = sent.current && requestOutcome(frame, sent.current);
      if (outcome) settle(outcome);
    });
    return () => {
      off();
      sent.current = undefined;
    };
  }, [client]);

  async function checkList(ref: string, before: Set<string> | undefined) {
    for (let check = 0; check < CHECKS; check++) {
      await wait(CHECK_EVERY_MS);
      if (!waitingFor(ref)) return;
      if (!before) continue;
      const now = await requestIds().catch(() => undefined);
      if (waitingFor(ref) && now && [...now].some((id) => !before.has(id))) return settle({ created: true });
    }
    if (waitingFor(ref)) settle({ created: false, error: t.request.unconfirmed });
  }

  async function submit(fields: RequestFields) {
    if (sent.current) return;
    const ref = localRef();
    setError(undefined);
    setBusy(true);
    sent.current = { chatId, ref, afterSeq: Math.max(client.chat(chatId)?.lastSeq ?? 0, client.cursor(chatId)) };
    const before = await requestIds().catch(() => undefined);
    if (!waitingFor(ref)) return;
    if (!client.send({ action: 'request.create', ref, chatId, clientRequestId: requestId.current, ...fields })) return settle({ created: false, error: t.request.offline });
    void checkList(ref, before);
  }

  return { busy, error, submit };
}
