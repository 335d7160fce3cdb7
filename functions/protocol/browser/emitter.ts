/** A tiny typed event emitter in the manner of mitt: one handler list per event name. */

export type Handler<T> = (payload: T) => void;

export interface Emitter<Events extends Record<string, unknown>> {
  /** Calls `handler` on every `type` event until the returned function is called. */
  on<K extends keyof Events>(type: K, handler: Handler<Events[K]>): () => void;
  emit<K extends keyof Events>(type: K, payload: Events[K]): void;
}

export function createEmitter<Events extends Record<string, unknown>>(): Emitter<Events> {
  const handlers: { [K in keyof Events]?: Handler<Events[K]>[] } = {};
  return {
    on(type, handler) {
      (handlers[type] ??= []).push(handler);
      return () => {
        handlers[type] = handlers[type]?.filter((h) => h !== handler);
      };
    },
    emit(type, payload) {
      // A copy, so a handler that unsubscribes does not make the next one skip.
      for (const handler of [...(handlers[type] ?? [])]) handler(payload);
    },
  };
}
