/** What `npm start` prints once Parley runs: where everything is, and the demo logins as they stand now. */
import type { DemoLoginState } from './demo-login-state';

export interface BannerPlaces { url: string; mailboxUrl: string; s3Endpoint: string; filesBucket: string; dataDir: string }

export function startBanner(places: BannerPlaces, logins: DemoLoginState[]): string {
  return `Parley is running.
Console:        ${places.url}/agent/
Demo shop page: ${places.url}/demo/
Widget script:  ${places.url}/widget.js
Mailbox:        ${places.mailboxUrl}
Files (S3):     ${places.s3Endpoint}/${places.filesBucket}
Demo logins (email / password):
${logins.map((login) => `  ${demoLoginLine(login)}`).join('\n')}
Data: ${places.dataDir}   Stop with Ctrl+C.`;
}

/**
 * A login that works as email and password (with the agent's current role and name); one an admin
 * has since deactivated or given another password says so instead of printing a password that fails.
 */
export function demoLoginLine(login: DemoLoginState): string {
  if (!login.works) return `${login.email}: ${login.reason} (no longer a demo login)`;
  return `${login.email} / ${login.password}   (${login.role}, ${login.name})`;
}
