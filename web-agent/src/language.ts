/**
 * The console speaks English or Dutch: the language an agent chose on this browser, else the browser's
 * own preference. It is read once, as the console loads; choosing another reloads the console in it.
 */
import { pickLanguage, type Lang } from '../../functions/protocol/browser/language';

const KEY = 'parley.console.language';

/** Each language's name in itself, as a switch to it reads. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', nl: 'Nederlands' };

function saved(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null; // storage refused (a locked-down browser): the browser's language still applies
  }
}

export const consoleLanguage: Lang = pickLanguage(saved(), typeof navigator === 'undefined' ? [] : navigator.languages);

/** The locale of dates written in words (axis labels): the console's language, in its main country. */
export const dateLocale = consoleLanguage === 'nl' ? 'nl-NL' : 'en-GB';

/** The locale of clock times and dates: the browser's own when it speaks the console's language (its region's habits), else `dateLocale`. */
export const timeLocale: string | undefined =
  typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith(consoleLanguage) ? undefined : dateLocale;

/** Remembers `lang` on this browser and reloads the console in it. */
export function chooseLanguage(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } finally {
    location.reload();
  }
}
