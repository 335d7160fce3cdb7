/**
 * A refused save in the admin's words. The server names what it refused by its place in the
 * settings ("settings.look.header: Invalid length…", "settings.hours.closedDates.0: use YYYY-MM-DD");
 * the editor says which field, by the label the admin sees, in the console's language.
 */
import type { ChannelStrings } from './strings-en';
import { fieldLabel } from './field-labels';

export interface Refusal {
  /** The label of the field refused, when the reason names one. */
  label?: string;
  text: string;
}

export function describeRefusal(reason: string, words: ChannelStrings): Refusal {
  const [place, detail = ''] = reason.split(/: (.*)/s);
  // The save's own rule between two fields names the later one.
  if (/managerWarningSeconds must be later/.test(reason)) return { label: words.managerWarning, text: words.managerAfterUnanswered };
  // Rules judged against the other channels and the agents, said in the console's words (the Dutch one has no English detail).
  if (/^settings\.name: is already the name of another channel/.test(reason)) return { label: words.name, text: words.nameTaken };
  if (/^settings\.agents: \S+ is not an agent/.test(reason)) return { label: words.agents, text: words.agentNotFound };
  // A list's item (closedDates.0) is its list's field; a range's end is its range's.
  const label = fieldLabel(place.replace(/^settings\.?/, '').replace(/\.(\d+|start|end)$/, ''), words);
  return label ? { label, text: words.invalidField(label, detail) } : { text: reason };
}
