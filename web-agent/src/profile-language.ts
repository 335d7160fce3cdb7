/**
 * The console's language follows the agent: a browser where they never chose one takes on the one on
 * their profile, and one chosen here goes to their profile for their other browsers.
 */
import type { AgentProfile, ClientConfig } from '../../functions/protocol/http';
import { rememberLanguage } from './api';
import { adoptLanguage, chosenHere } from './language';

/** Once signed in: true when the console reloads in the profile's language (show nothing meanwhile). */
export function settleLanguage(config: ClientConfig, token: string, agent: AgentProfile): boolean {
  if (adoptLanguage(agent.language)) return true;
  const here = chosenHere();
  // Best effort: should it fail, this browser still speaks the chosen language, and the next sign-in tries again.
  if (here && here !== agent.language) rememberLanguage(config, token, here).catch(() => {});
  return false;
}
