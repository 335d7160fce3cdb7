/** setTimeout as a collaborator, so the browser helpers run under a test's own clock. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The browser's own (called as the global object's methods, as they must be: never detached). */
export const browserTimers: Timers = globalThis;
