/** The fields a channel's pre-chat and offline forms require: refused by name before anything is stored. */
import type { ChannelSettings } from '../protocol/channels';
import { RefusedError } from './errors';

type Fields = Record<string, string | undefined>;

/** The first required field left empty, if any; the form is checked in the order it shows its fields. */
export function missingField(required: readonly string[], fields: Fields): string | undefined {
  return required.find((field) => !fields[field]?.trim());
}

function requireFields(required: readonly string[], fields: Fields): void {
  const missing = missingField(required, fields);
  if (missing) throw new RefusedError('bad-frame', `${missing}: ${missing} is required`, missing);
}

export const requirePreChatFields = (settings: ChannelSettings, fields: Fields) => requireFields(settings.preChatForm.requiredFields, fields);
export const requireOfflineFields = (settings: ChannelSettings, fields: Fields) => requireFields(settings.offlineForm.requiredFields, fields);
