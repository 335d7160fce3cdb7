/** Both front ends speak English or Dutch. */
export type Lang = 'en' | 'nl';

/** The first of `chosen` and the browser's preferred languages that Parley speaks; English otherwise. */
export function pickLanguage(chosen: string | null | undefined, browser: readonly string[]): Lang {
  for (const tag of [chosen, ...browser]) {
    const primary = tag?.slice(0, 2).toLowerCase();
    if (primary === 'en' || primary === 'nl') return primary;
  }
  return 'en';
}
