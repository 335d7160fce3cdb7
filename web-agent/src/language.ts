/**
 * The console speaks English or Dutch: the language an agent chose on this browser, else the one on
 * their profile (the last they chose anywhere), else the browser's own preference. It is read once, as
 * the console loads; choosing another reloads the console in it.
 */
import { pickLanguage, type Lang } from '../../functions/protocol/browser/language';

const KEY = 'parley.console.language';
/** The profile's language, taken on where none was chosen here: kept apart, so it never counts as a choice made here. */
const PROFILE_KEY = 'parley.console.profile-language';

/** Each language's name in itself, as a switch to it reads. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', nl: 'Nederlands' };

function saved(key = KEY): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage refused (a locked-down browser): the browser's language still applies
  }
}

export const consoleLanguage: Lang = pickLanguage(saved() ?? saved(PROFILE_KEY), typeof navigator === 'undefined' ? [] : navigator.languages);

/** The language chosen on this browser, if one was. */
export function chosenHere(): Lang | undefined {
  const chosen = saved();
  return chosen === 'en' || chosen === 'nl' ? chosen : undefined;
}

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

/** On sign-out: the next agent on this browser gets their own profile's language, not this one's. */
export function forgetProfileLanguage(): void {
  try {
    localStorage.removeItem(PROFILE_KEY);
  } catch {
    // storage refused: nothing was kept either
  }
}

/**
 * Takes on the signed-in agent's remembered language on a browser where none was chosen: reloads the
 * console in it and answers true, or answers false where there is nothing to do, or the browser
 * cannot remember it (a reload would then come back in the same language, again and again).
 */
export function adoptLanguage(lang: Lang | undefined): boolean {
  if (!lang || lang === consoleLanguage || chosenHere()) return false;
  try {
    localStorage.setItem(PROFILE_KEY, lang);
  } catch {
    return false;
  }
  if (saved(PROFILE_KEY) !== lang) return false;
  location.reload();
  return true;
}
