/** The widget speaks English or Dutch: the snippet's `data-lang` decides, else the browser's own preference. */
export type Lang = 'en' | 'nl';

/** The first of the snippet's language and the browser's preferred languages that the widget speaks; English otherwise. */
export function pickLanguage(attribute: string | undefined, browser: readonly string[]): Lang {
  for (const tag of [attribute, ...browser]) {
    const primary = tag?.slice(0, 2).toLowerCase();
    if (primary === 'en' || primary === 'nl') return primary;
  }
  return 'en';
}
