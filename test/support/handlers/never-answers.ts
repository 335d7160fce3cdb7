/** A handler for testing the local Lambda host: still running whenever the host stops. */
export const handler = () => new Promise<never>(() => {});
