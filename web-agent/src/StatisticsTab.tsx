/**
 * The Statistics tab (managers and admins): a date range and channel, the period's figures, the
 * charts, and Export CSV of the same figures (off while the form says other dates than those shown; a channel chosen shows at once).
 */
import { useContext, useEffect, useId, useState } from 'preact/hooks';
import type { ClientConfig } from '../../functions/protocol/http';
import type { StatsFigures } from '../../functions/protocol/stats';
import { useStatistics } from './use-statistics';
import { daysBetween, isValidRange, lastDays, lastTwelveMonths, localToday, shiftDate, type StatsRange } from './stats-range';
import { csvFileName, statsCsv } from './stats-csv';
import { StatsTotals } from './StatsTotals';
import { StatsCharts } from './StatsCharts';
import { t } from './strings';
import { ChannelNamesContext } from './channel-names';

function download(figures: StatsFigures, channelName?: string) {
  const url = URL.createObjectURL(new Blob([statsCsv(figures, channelName)], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: csvFileName(figures) });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const isEmpty = (f: StatsFigures) => f.totals.started + f.totals.offline + f.totals.ended + f.totals.ratings === 0;

export function StatisticsTab({ config, token }: { config: ClientConfig; token: string }) {
  const s = t.statistics;
  const channels = useContext(ChannelNamesContext);
  // Today in the browser's calendar until the figures say what day it is where they are kept (their time zone).
  const [today, setToday] = useState(localToday());
  const [range, setRange] = useState<StatsRange>(lastDays(28, today));
  const [draft, setDraft] = useState<StatsRange>(range);
  // Counts every Show (and quick range): the same dates asked again are read again, with the chats since.
  const [asked, setAsked] = useState(0);
  const { figures, loading, error } = useStatistics(config, token, range, asked);
  // A range that ended today (the first one, a quick range) moves to the figures' today, so a browser in
  // New York at 19:00 still sees Amsterdam's chats after midnight there.
  useEffect(() => {
    if (!figures?.today || figures.today === today) return;
    setToday(figures.today);
    if (range.to !== today) return;
    const days = daysBetween(today, figures.today);
    const moved = { ...range, from: shiftDate(range.from, days), to: figures.today };
    if (draft.from === range.from && draft.to === range.to) setDraft({ ...draft, from: moved.from, to: moved.to });
    setRange(moved);
    setAsked((count) => count + 1);
  }, [figures?.today]);
  const draftValid = isValidRange(draft);
  const shown = draft.from === range.from && draft.to === range.to && draft.channel === range.channel;
  const badRangeId = useId();
  const invalid = draftValid ? {} : { 'aria-invalid': true as const, 'aria-describedby': badRangeId };
  const show = (next: StatsRange) => {
    setRange(next);
    setAsked((count) => count + 1);
  };
  const choose = (next: StatsRange) => {
    const withChannel = { ...next, channel: draft.channel };
    setDraft(withChannel);
    show(withChannel);
  };

  return (
    <section class="statistics" aria-labelledby="statistics-title">
      <h2 id="statistics-title">{s.title}</h2>
      <form
        class="stats-range"
        onSubmit={(event) => {
          event.preventDefault();
          if (draftValid) show(draft);
        }}
      >
        <label>
          {s.from}
          <input type="date" value={draft.from} max={draft.to} required {...invalid} onInput={(e) => setDraft({ ...draft, from: e.currentTarget.value })} />
        </label>
        <label>
          {s.to}
          <input type="date" value={draft.to} min={draft.from} required {...invalid} onInput={(e) => setDraft({ ...draft, to: e.currentTarget.value })} />
        </label>
        <label>
          {s.channel}
          {/* A channel chosen shows at once (with the dates, when they are a range): the figures never stand under another channel's name. */}
          <select
            value={draft.channel ?? ''}
            onChange={(e) => {
              const next = { ...draft, channel: e.currentTarget.value || undefined };
              setDraft(next);
              if (isValidRange(next)) show(next);
            }}
          >
            <option value="">{s.allChannels}</option>
            {channels.map((c) => <option value={c.id}>{c.name}</option>)}
          </select>
        </label>
        <button type="submit" class="primary" disabled={!draftValid}>{s.show}</button>
        <div class="presets" role="group" aria-label={s.presets}>
          <button type="button" onClick={() => choose(lastDays(7, today))}>{s.last7}</button>
          <button type="button" onClick={() => choose(lastDays(28, today))}>{s.last28}</button>
          <button type="button" onClick={() => choose(lastTwelveMonths(today))}>{s.last12Months}</button>
        </div>
        {/* While the form says other dates than the figures below, the export would not be what it says: off until they are shown. */}
        <button type="button" class="export" disabled={!figures || loading || !shown} aria-describedby={draftValid ? undefined : badRangeId} onClick={() => figures && shown && download(figures, channels.find((c) => c.id === figures.channel)?.name ?? figures.channel)}>{s.exportCsv}</button>
      </form>
      <p id={badRangeId} class="error" role="status">{draftValid ? '' : s.badRange}</p>
      {error && <p class="error" role="alert">{`${s.failed} (${error})`}</p>}
      <div aria-live="polite" aria-busy={loading}>
        {loading && !figures && <p class="muted">{s.loading}</p>}
        {figures && figures.demo && <p class="demo-note">{s.demo}</p>}
        {figures && isEmpty(figures) && <p class="empty-state">{s.empty}</p>}
      </div>
      {figures && !isEmpty(figures) && (
        <>
          <StatsTotals figures={figures} />
          <StatsCharts figures={figures} />
        </>
      )}
    </section>
  );
}
