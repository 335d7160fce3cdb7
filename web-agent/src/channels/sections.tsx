/** The editor's sections; each edits part of the settings and hands back a whole new settings object. */
import { useEffect, useState } from 'preact/hooks';
import type { ChannelSettings, TimeRange, Weekday } from '../../../functions/protocol/channels';
import { FONTS, REQUEST_PRIORITIES, WEEKDAYS, PRE_CHAT_FIELDS, OFFLINE_FORM_FIELDS } from '../../../functions/protocol/channel-options';
import { contrastWithWhite, CONTRAST_ADVISED, CONTRAST_MINIMUM } from '../../../functions/protocol/colour-contrast';
import { t } from '../strings';
import { ct } from './strings';
import type { ChannelStrings } from './strings-en';
import { agentLabel, type RosterAgent } from './agent-label';

export interface SectionProps {
  settings: ChannelSettings;
  onChange(next: ChannelSettings): void;
}

const OFFICE_HOURS: TimeRange = { start: '09:00', end: '17:00' };
const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item));

export function GeneralSection({ settings, onChange, isNew }: SectionProps & { isNew: boolean }) {
  return (
    <fieldset>
      <legend>{ct.general}</legend>
      <label>
        {ct.id}
        <input value={settings.id} disabled={!isNew} required pattern="[a-z0-9]([a-z0-9\-]{0,38}[a-z0-9])?" onInput={(e) => onChange({ ...settings, id: e.currentTarget.value.trim() })} />
      </label>
      <label>
        {ct.name}
        <input value={settings.name} required maxLength={80} onInput={(e) => onChange({ ...settings, name: e.currentTarget.value })} />
      </label>
      <label>
        {ct.language}
        <select value={settings.language} onChange={(e) => onChange({ ...settings, language: e.currentTarget.value as ChannelSettings['language'] })}>
          <option value="auto">{ct.languages.auto}</option>
          <option value="en">{ct.languages.en}</option>
          <option value="nl">{ct.languages.nl}</option>
        </select>
      </label>
      <label>
        {ct.launcherText}
        <input value={settings.launcherText} maxLength={40} placeholder={ct.builtIn} onInput={(e) => onChange({ ...settings, launcherText: e.currentTarget.value })} />
      </label>
    </fieldset>
  );
}

export function AlertsSection({ settings, onChange }: SectionProps) {
  const seconds = (key: 'unansweredWarningSeconds' | 'managerWarningSeconds', label: string) => (
    <label>
      {label}
      <input type="number" min={10} max={key === 'managerWarningSeconds' ? 7200 : 3600} value={settings[key]} onInput={(e) => onChange({ ...settings, [key]: Number(e.currentTarget.value) })} />
    </label>
  );
  return (
    <fieldset>
      <legend>{ct.alerts}</legend>
      {seconds('unansweredWarningSeconds', ct.unansweredWarning)}
      {seconds('managerWarningSeconds', ct.managerWarning)}
    </fieldset>
  );
}

/** The zones the browser knows, offered as the admin types (any IANA zone the server knows is accepted). */
const TIME_ZONES: string[] = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];

function RangeInputs({ range, label, onChange }: { range: TimeRange; label: string; onChange(next: TimeRange): void }) {
  return (
    <span class="range">
      <label>
        <span class="sr-only">{`${label} ${ct.from}`}</span>
        <input type="time" value={range.start} onInput={(e) => onChange({ ...range, start: e.currentTarget.value })} />
      </label>
      –
      <label>
        <span class="sr-only">{`${label} ${ct.until}`}</span>
        <input type="time" value={range.end} onInput={(e) => onChange({ ...range, end: e.currentTarget.value })} />
      </label>
    </span>
  );
}

export function HoursSection({ settings, onChange }: SectionProps) {
  const hours = settings.hours;
  const set = (next: Partial<typeof hours>) => onChange({ ...settings, hours: { ...hours, ...next } });
  const setDay = (day: Weekday, range: TimeRange | undefined) => set({ days: { ...hours.days, [day]: range } });
  return (
    <fieldset>
      <legend>{ct.hours}</legend>
      <label class="check">
        <input type="checkbox" checked={hours.enabled} onChange={(e) => set({ enabled: e.currentTarget.checked })} />
        {ct.hoursEnabled}
      </label>
      <label>
        {ct.timeZone}
        <input value={hours.timeZone} list="time-zones" onInput={(e) => set({ timeZone: e.currentTarget.value.trim() })} />
        <datalist id="time-zones">
          {TIME_ZONES.map((zone) => <option key={zone} value={zone} />)}
        </datalist>
      </label>
      <table class="hours">
        <tbody>
          {WEEKDAYS.map((day) => (
            <tr key={day}>
              <th scope="row">{ct.days[day]}</th>
              <td>
                <label class="check">
                  <input type="checkbox" checked={!!hours.days[day]} onChange={(e) => setDay(day, e.currentTarget.checked ? OFFICE_HOURS : undefined)} />
                  {ct.open}
                  <span class="sr-only">{` ${ct.days[day]}`}</span>
                </label>
              </td>
              <td>{hours.days[day] && <RangeInputs range={hours.days[day]!} label={ct.days[day]} onChange={(range) => setDay(day, range)} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <label class="check">
        <input type="checkbox" checked={!!hours.lunch} onChange={(e) => set({ lunch: e.currentTarget.checked ? { start: '12:30', end: '13:00' } : undefined })} />
        {ct.lunch}
      </label>
      {hours.lunch && <RangeInputs range={hours.lunch} label={ct.lunch} onChange={(lunch) => set({ lunch })} />}
      <p class="muted small">{ct.midnight}</p>
      <label>
        {ct.closedDates}
        <DateLines dates={hours.closedDates} onChange={(closedDates) => set({ closedDates })} />
      </label>
    </fieldset>
  );
}

const datesIn = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * One date per line, shown as typed: rebuilt from the dates on each key, a new line or a space
 * would vanish as it is typed ("2026-12-252026-12-26"). Dates set from elsewhere replace the text.
 */
function DateLines({ dates, onChange }: { dates: string[]; onChange(dates: string[]): void }) {
  const [text, setText] = useState(dates.join('\n'));
  useEffect(() => {
    if (datesIn(text).join() !== dates.join()) setText(dates.join('\n'));
  }, [dates.join()]);
  return (
    <textarea
      rows={3}
      value={text}
      onInput={(e) => {
        setText(e.currentTarget.value);
        onChange(datesIn(e.currentTarget.value));
      }}
    />
  );
}

export function LookSection({ settings, onChange }: SectionProps) {
  const look = settings.look;
  const set = (next: Partial<typeof look>) => onChange({ ...settings, look: { ...look, ...next } });
  // The widget writes white on this colour: said here, before the customers see it.
  const contrast = contrastWithWhite(look.color);
  const hardToRead = contrast < CONTRAST_ADVISED;
  const text = (key: 'header' | 'welcome' | 'queueMessage', label: string, maxLength: number, rows = 1) => (
    <label>
      {label}
      {rows > 1 ? (
        <textarea rows={rows} maxLength={maxLength} value={look[key]} placeholder={ct.builtIn} onInput={(e) => set({ [key]: e.currentTarget.value })} />
      ) : (
        <input maxLength={maxLength} value={look[key]} placeholder={ct.builtIn} onInput={(e) => set({ [key]: e.currentTarget.value })} />
      )}
    </label>
  );
  const url = (key: 'logoUrl' | 'agentPhotoUrl', label: string) => (
    <label>
      {label}
      <input type="url" maxLength={500} value={look[key] ?? ''} placeholder="https://" onInput={(e) => set({ [key]: e.currentTarget.value.trim() || undefined })} />
    </label>
  );
  return (
    <fieldset>
      <legend>{ct.look}</legend>
      <label>
        {ct.theme}
        <select value={look.theme} onChange={(e) => set({ theme: e.currentTarget.value as typeof look.theme })}>
          <option value="light">{ct.themes.light}</option>
          <option value="dark">{ct.themes.dark}</option>
        </select>
      </label>
      <label>
        {ct.color}
        <input type="color" value={look.color} aria-describedby={hardToRead ? 'colour-contrast' : undefined} onInput={(e) => set({ color: e.currentTarget.value })} />
      </label>
      {hardToRead && (
        <p id="colour-contrast" class="field-warning" role="status">
          {contrast < CONTRAST_MINIMUM ? ct.colourTooLight(contrast.toFixed(1)) : ct.colourHardToRead(contrast.toFixed(1))}
        </p>
      )}
      <label>
        {ct.font}
        <select value={look.font} onChange={(e) => set({ font: e.currentTarget.value as typeof look.font })}>
          {FONTS.map((font) => <option value={font}>{ct.fonts[font]}</option>)}
        </select>
      </label>
      {url('logoUrl', ct.logoUrl)}
      {url('agentPhotoUrl', ct.agentPhotoUrl)}
      {text('header', ct.header, 60)}
      {text('welcome', ct.welcome, 500, 3)}
      {text('queueMessage', ct.queueMessage, 300, 2)}
    </fieldset>
  );
}

export function AgentsSection({ settings, onChange, roster }: SectionProps & { roster: RosterAgent[] }) {
  const nameOf = (id: string) => agentLabel(id, roster, ct);
  const unlisted = roster.filter((s) => s.active && !settings.agents.some((a) => a.agentId === s.id));
  const setAgents = (agents: ChannelSettings['agents']) => onChange({ ...settings, agents });
  const permissions = Object.keys(ct.permissions) as (keyof typeof ct.permissions)[];
  return (
    <fieldset>
      <legend>{ct.agents}</legend>
      <p class="muted">{settings.agents.length === 0 ? ct.agentsEmpty : ct.agentsListed}</p>
      {settings.agents.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col"><span class="sr-only">Agent</span></th>
              {permissions.map((p) => <th scope="col">{ct.permissions[p]}</th>)}
              <th scope="col"><span class="sr-only">{ct.removeAgent('')}</span></th>
            </tr>
          </thead>
          <tbody>
            {settings.agents.map((agent) => (
              <tr key={agent.agentId}>
                <th scope="row">{nameOf(agent.agentId)}</th>
                {permissions.map((p) => (
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${ct.permissions[p]}: ${nameOf(agent.agentId)}`}
                      checked={agent[p]}
                      onChange={(e) => setAgents(settings.agents.map((a) => (a.agentId === agent.agentId ? { ...a, [p]: e.currentTarget.checked } : a)))}
                    />
                  </td>
                ))}
                <td>
                  <button type="button" class="link" onClick={() => setAgents(settings.agents.filter((a) => a.agentId !== agent.agentId))}>
                    {ct.removeAgent(nameOf(agent.agentId))}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unlisted.length > 0 && (
        <label>
          {ct.addAgent}
          <select
            value=""
            onChange={(e) => {
              const agentId = e.currentTarget.value;
              if (agentId) setAgents([...settings.agents, { agentId, canRespond: true, notifications: true, canListenIn: false, manager: false }]);
            }}
          >
            <option value="">—</option>
            {unlisted.map((s) => <option value={s.id}>{s.name}</option>)}
          </select>
        </label>
      )}
    </fieldset>
  );
}

export function FormsSection({ settings, onChange }: SectionProps) {
  const { offlineForm, preChatForm, postChatForm } = settings;
  return (
    <>
      <fieldset>
        <legend>{ct.offlineForm}</legend>
        <label>
          {ct.offlineText}
          <textarea rows={2} maxLength={500} value={offlineForm.text} onInput={(e) => onChange({ ...settings, offlineForm: { ...offlineForm, text: e.currentTarget.value } })} />
        </label>
        <label class="check">
          <input type="checkbox" checked={offlineForm.createsRequest} onChange={(e) => onChange({ ...settings, offlineForm: { ...offlineForm, createsRequest: e.currentTarget.checked } })} />
          {ct.createsRequest}
        </label>
        <label>
          {ct.category}
          <input maxLength={60} value={offlineForm.category} onInput={(e) => onChange({ ...settings, offlineForm: { ...offlineForm, category: e.currentTarget.value } })} />
        </label>
        <label>
          {ct.priority}
          <select value={offlineForm.priority} onChange={(e) => onChange({ ...settings, offlineForm: { ...offlineForm, priority: e.currentTarget.value as typeof offlineForm.priority } })}>
            {REQUEST_PRIORITIES.map((p) => <option value={p}>{t.request.priorities[p]}</option>)}
          </select>
        </label>
        <Checks
          legend={ct.required}
          options={OFFLINE_FORM_FIELDS}
          chosen={offlineForm.requiredFields}
          onChange={(requiredFields) => onChange({ ...settings, offlineForm: { ...offlineForm, requiredFields } })}
        />
      </fieldset>
      <fieldset>
        <legend>{ct.preChatForm}</legend>
        <Checks legend={ct.required} options={PRE_CHAT_FIELDS} chosen={preChatForm.requiredFields} onChange={(requiredFields) => onChange({ ...settings, preChatForm: { ...preChatForm, requiredFields } })} />
        <label class="check">
          <input type="checkbox" checked={preChatForm.faqSuggestions} onChange={(e) => onChange({ ...settings, preChatForm: { ...preChatForm, faqSuggestions: e.currentTarget.checked } })} />
          {ct.faqSuggestions}
        </label>
      </fieldset>
      <fieldset>
        <legend>{ct.postChatForm}</legend>
        <label class="check">
          <input type="checkbox" checked={postChatForm.enabled} onChange={(e) => onChange({ ...settings, postChatForm: { ...postChatForm, enabled: e.currentTarget.checked } })} />
          {ct.postChatEnabled}
        </label>
        <label>
          {ct.postChatText}
          <input maxLength={500} value={postChatForm.text} onInput={(e) => onChange({ ...settings, postChatForm: { ...postChatForm, text: e.currentTarget.value } })} />
        </label>
        <label class="check">
          <input type="checkbox" checked={postChatForm.transcriptByEmail} onChange={(e) => onChange({ ...settings, postChatForm: { ...postChatForm, transcriptByEmail: e.currentTarget.checked } })} />
          {ct.transcriptByEmail}
        </label>
      </fieldset>
    </>
  );
}

function Checks<T extends keyof ChannelStrings['fields']>({ legend, options, chosen, onChange }: { legend: string; options: readonly T[]; chosen: T[]; onChange(next: T[]): void }) {
  return (
    <fieldset class="checks">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label class="check">
          <input type="checkbox" checked={chosen.includes(option)} onChange={(e) => onChange(toggle(chosen, option, e.currentTarget.checked))} />
          {ct.fields[option]}
        </label>
      ))}
    </fieldset>
  );
}

export function BotSection({ settings, onChange }: SectionProps) {
  const bot = settings.bot;
  return (
    <fieldset>
      <legend>{ct.bot}</legend>
      <label class="check">
        <input type="checkbox" checked={!!bot} onChange={(e) => onChange({ ...settings, bot: e.currentTarget.checked ? { url: 'https://', timeoutMs: 3000 } : undefined })} />
        {ct.botEnabled}
      </label>
      {bot && (
        <>
          <label>
            {ct.botUrl}
            <input type="url" maxLength={500} value={bot.url} onInput={(e) => onChange({ ...settings, bot: { ...bot, url: e.currentTarget.value.trim() } })} />
          </label>
          <label>
            {ct.botTimeout}
            <input type="number" min={500} max={10000} step={100} value={bot.timeoutMs} onInput={(e) => onChange({ ...settings, bot: { ...bot, timeoutMs: Number(e.currentTarget.value) } })} />
          </label>
        </>
      )}
    </fieldset>
  );
}
