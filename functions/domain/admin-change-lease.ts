/**
 * Changes that could leave the tenant without an active admin (demoting or deactivating an admin)
 * run one at a time: each takes a lease, then checks and writes. Without it two admins demoting
 * each other at the same moment would each see the other still an admin and both succeed.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as pause } from 'node:timers/promises';
import { releaseAdminChangeLease, takeAdminChangeLease } from '../store';

/** Far longer than any one change takes, short enough that a crashed holder blocks only briefly. */
const LEASE_MS = 30_000;
/** A concurrent change holds the lease for tens of milliseconds: wait a little before refusing. */
const TRIES = 30;
const PAUSE_MS = 100;

/** Runs `change` while holding the lease; 'busy' when it could not be had within a few seconds. */
export async function oneAdminChangeAtATime<T>(change: () => Promise<T>): Promise<{ value: T } | 'busy'> {
  const holder = randomUUID();
  for (let attempt = 0; !(await takeAdminChangeLease(holder, Date.now(), LEASE_MS)); attempt++) {
    if (attempt + 1 >= TRIES) return 'busy';
    await pause(PAUSE_MS);
  }
  try {
    return { value: await change() };
  } finally {
    await releaseAdminChangeLease(holder);
  }
}
