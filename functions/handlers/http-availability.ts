/** GET /api/availability: whether a customer opening the widget can chat now, or sees the offline form. */
import type { AvailabilityResponse } from '../protocol';
import { isAnyonePresent } from '../domain/presence';
import { json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async () => json(200, { online: await isAnyonePresent(Date.now()) } satisfies AvailabilityResponse);
