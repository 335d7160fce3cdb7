/**
 * Unsaved channel edits, kept for this page while the admin looks at another channel or tab: the
 * settings as they were when the admin began (`base`) and as edited. Gone once saved, or on reload.
 */
import type { ChannelSettings } from '../../../functions/protocol/channels';

export interface ChannelDraft {
  base: ChannelSettings;
  edited: ChannelSettings;
}

const drafts = new Map<string, ChannelDraft>();

export const channelDrafts = {
  get: (key: string): ChannelDraft | undefined => drafts.get(key),
  /** Keeps the edits; edits back to where they began are no draft. */
  keep(key: string, draft: ChannelDraft): void {
    if (JSON.stringify(draft.base) === JSON.stringify(draft.edited)) drafts.delete(key);
    else drafts.set(key, draft);
  },
  forget: (key: string): void => void drafts.delete(key),
  has: (key: string): boolean => drafts.has(key),
};
