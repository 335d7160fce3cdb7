/** Every chart of the Statistics tab, each with its figures as a table. */
import type { StatsFigures } from '../../functions/protocol/stats';
import { BarChart } from './charts/BarChart';
import { ChartFigure } from './charts/ChartFigure';
import { HeatMap } from './charts/HeatMap';
import { ChartPatterns, FILLS } from './charts/patterns';
import { formatRating, formatSeconds, periodLabel, starsLabel } from './stats-format';
import { t } from './strings';

const legendOf = (names: string[]) => names.map((name, i) => ({ name, fill: FILLS[i] }));
const dash = (value: number | undefined, format: (v: number) => string = String) => (value === undefined ? '–' : format(value));

export function StatsCharts({ figures }: { figures: StatsFigures }) {
  const s = t.statistics;
  const { periods } = figures;
  const categories = periods.map((p) => periodLabel(p.period));
  const perPeriod = s.columns.period;
  const best = figures.bestRatedAgent;

  return (
    <div class="charts">
      <ChartPatterns />
      <ChartFigure
        id="chart-chats"
        title={figures.granularity === 'day' ? s.charts.chatsPerDay : s.charts.chatsPerMonth}
        legend={legendOf([s.series.started, s.series.answered])}
        table={{ columns: [perPeriod, s.series.started, s.series.answered], rows: periods.map((p, i) => [categories[i], p.started, p.answered]) }}
      >
        <BarChart categories={categories} series={[{ name: s.series.started, values: periods.map((p) => p.started) }, { name: s.series.answered, values: periods.map((p) => p.answered) }]} />
      </ChartFigure>

      <ChartFigure
        id="chart-hours"
        title={s.charts.busiestHours}
        note={`${s.heatHint} ${s.timeZone(figures.timeZone)}.`}
        table={{ columns: [s.columns.weekday, ...Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`)], rows: figures.busiestHours.map((row, d) => [s.weekdays[d], ...row]) }}
      >
        <HeatMap rows={s.weekdaysShort} values={figures.busiestHours} />
      </ChartFigure>

      <ChartFigure
        id="chart-wait"
        title={s.charts.wait}
        legend={legendOf([s.series.waitAverage, s.series.waitP90])}
        table={{ columns: [perPeriod, s.series.waitAverage, s.series.waitP90], rows: periods.map((p, i) => [categories[i], formatSeconds(p.waitAverageSeconds), formatSeconds(p.waitP90Seconds)]) }}
      >
        <BarChart categories={categories} format={formatSeconds} seconds series={[{ name: s.series.waitAverage, values: periods.map((p) => p.waitAverageSeconds) }, { name: s.series.waitP90, values: periods.map((p) => p.waitP90Seconds) }]} />
      </ChartFigure>

      <ChartFigure
        id="chart-handling"
        title={s.charts.handling}
        table={{ columns: [perPeriod, s.series.handlingAverage], rows: periods.map((p, i) => [categories[i], formatSeconds(p.handlingAverageSeconds)]) }}
      >
        <BarChart categories={categories} format={formatSeconds} seconds series={[{ name: s.series.handlingAverage, values: periods.map((p) => p.handlingAverageSeconds) }]} />
      </ChartFigure>

      <ChartFigure
        id="chart-missed"
        title={s.charts.missed}
        legend={legendOf([s.series.abandoned, s.series.offline])}
        table={{ columns: [perPeriod, s.series.abandoned, s.series.offline], rows: periods.map((p, i) => [categories[i], p.abandoned, p.offline]) }}
      >
        <BarChart categories={categories} series={[{ name: s.series.abandoned, values: periods.map((p) => p.abandoned) }, { name: s.series.offline, values: periods.map((p) => p.offline) }]} />
      </ChartFigure>

      <ChartFigure
        id="chart-ratings"
        title={s.charts.ratings}
        note={figures.totals.ratings === 0 ? s.noRatings : undefined}
        table={{ columns: [s.columns.rating, s.series.chats], rows: figures.ratings.map((count, i) => [starsLabel(i), count]) }}
      >
        <BarChart categories={figures.ratings.map((_, i) => starsLabel(i))} series={[{ name: s.series.chats, values: figures.ratings }]} />
      </ChartFigure>

      <ChartFigure
        id="chart-agents"
        title={s.charts.agents}
        note={best ? s.bestRated(best.name, formatRating(best.ratingAverage), best.ratings) : figures.agents.length === 0 ? s.noAgents : undefined}
        table={{ columns: [s.columns.agent, s.series.handled, s.series.ratingAverage], rows: figures.agents.map((a) => [a.name, a.chats, dash(a.ratingAverage, formatRating)]) }}
      >
        <BarChart
          categories={figures.agents.map((a) => (a.ratingAverage === undefined ? a.name : `${a.name} (${formatRating(a.ratingAverage)}★)`))}
          series={[{ name: s.series.handled, values: figures.agents.map((a) => a.chats) }]}
        />
      </ChartFigure>
    </div>
  );
}
