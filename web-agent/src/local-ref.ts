/**
 * Refs for frames whose refusal is shown where they were sent (the side panel, the request
 * dialog) rather than in the console's notice bar.
 */
import { nanoid } from 'nanoid';

const PREFIX = 'ui-';

export const localRef = (): string => PREFIX + nanoid(12);

export const isLocalRef = (ref: string | undefined): boolean => !!ref?.startsWith(PREFIX);
