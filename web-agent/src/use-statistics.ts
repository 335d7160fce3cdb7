/**
 * The figures of the chosen range, fetched when the range changes and each time `asked` does (Show
 * pressed again on the same dates reads the figures afresh); the last good figures stay while the next load.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ClientConfig } from '../../functions/protocol/http';
import type { StatsFigures } from '../../functions/protocol/stats';
import { fetchStats } from './stats-api';
import type { StatsRange } from './stats-range';

export interface StatisticsState { figures?: StatsFigures; loading: boolean; error?: string }

export function useStatistics(config: ClientConfig, token: string, range: StatsRange, asked = 0): StatisticsState {
  const [state, setState] = useState<StatisticsState>({ loading: true });
  useEffect(() => {
    let current = true;
    setState((before) => ({ ...before, loading: true, error: undefined }));
    fetchStats(config, token, range).then(
      (figures) => current && setState({ figures, loading: false }),
      (error: Error) => current && setState((before) => ({ ...before, loading: false, error: error.message })),
    );
    return () => {
      current = false;
    };
  }, [config, token, range.from, range.to, range.channel, asked]);
  return state;
}
