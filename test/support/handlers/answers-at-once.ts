/** A handler for testing the local Lambda host: answers every event at once. */
export const handler = async (event: unknown) => ({ answered: event });
