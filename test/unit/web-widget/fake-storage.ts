/** localStorage and sessionStorage for unit tests (Node has neither), and a switch to block them as some private modes do. */
class MemoryStorage {
  private items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

export function installStorage(): { local: MemoryStorage; session: MemoryStorage; block(): void } {
  const local = new MemoryStorage();
  const session = new MemoryStorage();
  const define = (name: string, area: MemoryStorage | (() => never)) =>
    Object.defineProperty(globalThis, name, typeof area === 'function' ? { get: area, configurable: true } : { value: area, configurable: true, writable: true });
  define('localStorage', local);
  define('sessionStorage', session);
  return {
    local,
    session,
    block() {
      const refuse = (): never => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      define('localStorage', refuse);
      define('sessionStorage', refuse);
    },
  };
}
