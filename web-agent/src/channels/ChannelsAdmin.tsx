/** The admin area's Channels: the tenant's channels on the left, the chosen one's editor on the right. */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_CHANNEL, defaultChannelSettings } from '../../../functions/protocol/channel-defaults';
import type { StoredChannel } from '../../../functions/protocol/channels';
import type { ClientConfig } from '../../../functions/protocol/http';
import { fetchChannels } from './channels-api';
import { ChannelEditor } from './ChannelEditor';
import type { RosterAgent } from './agent-label';
import { ct } from './strings';
import { channelDrafts } from './channel-drafts';

interface Props {
  config: ClientConfig;
  token: string;
  /** Every agent of the tenant, deactivated ones too, as the Admin tab lists them; undefined until read, 'failed' if it could not be. */
  roster: RosterAgent[] | 'failed' | undefined;
  /** A channel was saved (the audit log has a new entry). */
  onSaved?(): void;
}

const NEW_ID = 'new-channel';

/** As the server lists them: the default channel first, the others by name. */
const inListOrder = (channels: StoredChannel[]) =>
  [...channels].sort((a, b) => Number(b.settings.id === DEFAULT_CHANNEL) - Number(a.settings.id === DEFAULT_CHANNEL) || a.settings.name.localeCompare(b.settings.name));

export function ChannelsAdmin({ config, token, roster, onSaved }: Props) {
  const [channels, setChannels] = useState<StoredChannel[]>();
  const [failed, setFailed] = useState(false);
  const [chosen, setChosen] = useState<string>('default');
  // A channel just created gets an editor of its own, which still says it was saved.
  const [created, setCreated] = useState<string>();
  // Bumped to remount the editor with fresh settings after a reload.
  const [generation, setGeneration] = useState(0);

  const load = () =>
    fetchChannels(config, token).then(
      (loaded) => {
        setChannels(loaded);
        setFailed(false);
        setGeneration((g) => g + 1);
      },
      () => setFailed(true),
    );
  useEffect(() => void load(), [config, token]);

  if (failed || roster === 'failed') return <p class="error" role="alert">{ct.failed}</p>;
  if (!channels || !roster) return <p class="muted">{ct.loading}</p>;

  const choose = (id: string) => {
    setCreated(undefined);
    setChosen(id);
  };
  const creating = chosen === NEW_ID;
  const channel: StoredChannel = creating
    ? { settings: { ...defaultChannelSettings(''), name: '' }, version: 0, updatedAt: 0, updatedBy: '' }
    : channels.find((c) => c.settings.id === chosen) ?? channels[0];

  return (
    <section class="channels-admin" aria-labelledby="channels-title">
      <nav aria-labelledby="channels-title">
        <h2 id="channels-title">{ct.title}</h2>
        <ul>
          {channels.map((c) => (
            <li key={c.settings.id}>
              <button type="button" aria-current={!creating && c.settings.id === channel.settings.id ? 'true' : undefined} onClick={() => choose(c.settings.id)}>
                {c.settings.name}
                {channelDrafts.has(c.settings.id) && <span class="muted small"> · {ct.unsaved}</span>}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => choose(NEW_ID)}>{ct.newChannel}</button>
      </nav>
      <ChannelEditor
        key={`${creating ? NEW_ID : channel.settings.id}:${generation}`}
        config={config}
        token={token}
        channel={channel}
        roster={roster}
        justCreated={!creating && created === channel.settings.id}
        onSaved={(saved) => {
          setChannels((list) => inListOrder([...(list ?? []).filter((c) => c.settings.id !== saved.settings.id), saved]));
          if (creating) setCreated(saved.settings.id);
          setChosen(saved.settings.id);
          onSaved?.();
        }}
        onReload={() => void load()}
      />
    </section>
  );
}
