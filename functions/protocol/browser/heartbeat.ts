/**
 * The console's heartbeat: `ping` every `seconds` while its connection is up, so the server keeps
 * counting the agent as present. The widget has none: a customer's idle socket may close, and the
 * widget reconnects when there is something to say, so it does not carry this code.
 */
import type { BrowserClient } from '../browser-client';
import type { ConnectionState } from './connection';

/** Starts beating with the client's connection; returns how to stop. */
export function keepHeartbeat(client: Pick<BrowserClient, 'on' | 'send' | 'state'>, seconds: number): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const follow = (state: ConnectionState) => {
    clearInterval(timer);
    timer = state === 'online' ? setInterval(() => client.send({ action: 'ping' }), seconds * 1000) : undefined;
  };
  follow(client.state);
  const unsubscribe = client.on('state', follow);
  return () => {
    unsubscribe();
    clearInterval(timer);
  };
}
