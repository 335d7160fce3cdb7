/** Keeps the agent's token across reloads and tabs. */
const KEY = 'parley.agent.token';

export const session = {
  load: (): string | null => localStorage.getItem(KEY),
  save: (token: string): void => localStorage.setItem(KEY, token),
  clear: (): void => localStorage.removeItem(KEY),
};
