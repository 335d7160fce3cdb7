/** The channel settings' words in the console's language. */
import type { Lang } from '../../../functions/protocol/browser/language';
import { consoleLanguage } from '../language';
import { ctEn, type ChannelStrings } from './strings-en';
import { ctNl } from './strings-nl';

export const ct: ChannelStrings = consoleLanguage === 'nl' ? ctNl : ctEn;

/** The widget's built-in texts, which the preview shows where a channel leaves its own empty, in the language the widget will speak. */
export function builtInTexts(language: 'auto' | Lang): ChannelStrings['fallback'] & { wait: string } {
  const words = (language === 'auto' ? consoleLanguage : language) === 'nl' ? ctNl : ctEn;
  return { ...words.fallback, wait: words.previewWait };
}
