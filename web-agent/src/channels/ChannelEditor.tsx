/**
 * One channel's settings form, its live widget preview, the snippet, and Save (refused if someone
 * saved meanwhile). Unsaved edits outlive a look at another channel or tab (channel-drafts.ts); after
 * someone else's save they are laid over it (settings-merge.ts), and the form says so.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChannelSettings, StoredChannel } from '../../../functions/protocol/channels';
import type { ClientConfig } from '../../../functions/protocol/http';
import { saveChannel } from './channels-api';
import { AgentsSection, AlertsSection, BotSection, FormsSection, GeneralSection, HoursSection, LookSection } from './sections';
import { widgetSnippet, widgetUrlFrom } from './snippet';
import { ct } from './strings';
import { describeRefusal } from './refusal';
import { WidgetPreview } from './WidgetPreview';
import { OriginsSection } from './OriginsSection';
import type { RosterAgent } from './agent-label';
import { channelDrafts } from './channel-drafts';
import { mergeEdits } from './settings-merge';
import { fieldLabel } from './field-labels';

interface Props {
  config: ClientConfig;
  token: string;
  channel: StoredChannel;
  /** Every agent, deactivated ones too: the agents section names those listed and offers the active others. */
  roster: RosterAgent[];
  /** The channel was created a moment ago, in the editor this one replaces: it says so. */
  justCreated?: boolean;
  onSaved(channel: StoredChannel): void;
  onReload(): void;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'refused'; error: string; conflict: boolean };

/** Where the form starts: the channel as stored, or the admin's unsaved edits of it, laid over it if it changed since. */
function startingPoint(key: string, stored: ChannelSettings): { draft: ChannelSettings; restored?: string } {
  const kept = channelDrafts.get(key);
  if (!kept) return { draft: stored };
  if (JSON.stringify(kept.base) === JSON.stringify(stored)) return { draft: kept.edited, restored: ct.editsKept };
  const { settings, clashes } = mergeEdits(kept.base, kept.edited, stored);
  channelDrafts.keep(key, { base: stored, edited: settings });
  return { draft: settings, restored: ct.editsMerged(clashes.map((path) => fieldLabel(path, ct) ?? path)) };
}


export function ChannelEditor({ config, token, channel, roster, justCreated, onSaved, onReload }: Props) {
  const isNew = channel.version === 0 && channel.updatedAt === 0 && channel.settings.id !== 'default';
  const draftKey = isNew ? '' : channel.settings.id;
  const [start] = useState(() => startingPoint(draftKey, channel.settings));
  const [draft, setDraft] = useState<ChannelSettings>(start.draft);
  const [restored, setRestored] = useState(start.restored);
  const [status, setStatus] = useState<Status>({ kind: justCreated ? 'saved' : 'idle' });
  const form = useRef<HTMLFormElement>(null);
  const snippet = widgetSnippet(widgetUrlFrom(location.href), draft.id);
  // "Copied." until the snippet changes.
  const [copied, setCopied] = useState(false);
  useEffect(() => setCopied(false), [snippet]);

  const change = (next: ChannelSettings) => {
    setDraft(next);
    channelDrafts.keep(draftKey, { base: channel.settings, edited: next });
    // An edit answers a refusal (or makes "Saved." stale); a refusal for someone else's save stays, with its Reload.
    if (status.kind === 'saved' || (status.kind === 'refused' && !status.conflict)) setStatus({ kind: 'idle' });
  };

  async function submit(event: Event) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    const result = await saveChannel(config, token, draft, channel.version, isNew).catch((error: Error) => ({ ok: false as const, error: error.message, conflict: false, exists: false }));
    if (result.ok) {
      channelDrafts.forget(draftKey);
      setRestored(undefined);
      setStatus({ kind: 'saved' });
      onSaved(result.channel);
    } else if (result.conflict) setStatus({ kind: 'refused', error: result.error, conflict: true });
    else if (result.exists) {
      setStatus({ kind: 'refused', error: ct.exists(draft.id), conflict: false });
      fieldLabelled(form.current, ct.id)?.focus();
    } else {
      const refusal = describeRefusal(result.error, ct);
      setStatus({ kind: 'refused', error: refusal.text, conflict: false });
      if (refusal.label) fieldLabelled(form.current, refusal.label)?.focus();
    }
  }

  return (
    <div class="channel-editor">
      <form ref={form} onSubmit={submit} aria-label={`${ct.title}: ${draft.name}`}>
        {restored && <p class="edits-note" role="status">{restored}</p>}
        <GeneralSection settings={draft} onChange={change} isNew={isNew} />
        <p class="snippet">
          <label>
            {ct.snippet}
            <input readOnly value={snippet} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button type="button" onClick={() => void navigator.clipboard?.writeText(snippet).then(() => setCopied(true), () => {})}>{ct.copy}</button>
          <span role="status" class="muted small">{copied ? ct.copied : ''}</span>
        </p>
        <AlertsSection settings={draft} onChange={change} />
        <HoursSection settings={draft} onChange={change} />
        <LookSection settings={draft} onChange={change} />
        <AgentsSection settings={draft} onChange={change} roster={roster} />
        <FormsSection settings={draft} onChange={change} />
        <BotSection settings={draft} onChange={change} />
        <OriginsSection key={`${channel.settings.id}:${channel.version}`} settings={draft} onChange={change} />
        <div class="form-actions">
          <button type="submit" class="primary" disabled={status.kind === 'saving'}>
            {status.kind === 'saving' ? ct.saving : ct.save}
          </button>
          <span role="status">
            {status.kind === 'saved' && ct.saved}
            {status.kind === 'refused' && <span class="error">{status.conflict ? ct.conflict : status.error}</span>}
          </span>
          {status.kind === 'refused' && status.conflict && (
            <button type="button" onClick={onReload}>{ct.reload}</button>
          )}
        </div>
      </form>
      <WidgetPreview settings={draft} />
    </div>
  );
}

/** The control of the field whose label starts with `label` (a day's row is labelled by the day's name): where the admin is sent to fix it. */
function fieldLabelled(form: HTMLFormElement | null, label: string): HTMLElement | undefined {
  const labels = [...(form?.querySelectorAll('label, th') ?? [])].filter((element) => element.textContent?.trim().startsWith(label));
  // The first such label holding a field to type in: "Lunch break" labels its switch, then its times.
  for (const holder of labels) {
    const row = holder.tagName === 'TH' ? holder.parentElement : holder;
    const field = row?.querySelector<HTMLElement>('input:not([type=checkbox]), textarea, select');
    if (field) return field;
  }
  return undefined;
}
