/** A link-style button naming the console's other language, in that language; choosing it reloads the console in it. */
import { chooseLanguage, consoleLanguage, LANGUAGE_NAMES } from './language';

export function LanguageSwitch() {
  const other = consoleLanguage === 'nl' ? 'en' : 'nl';
  return (
    <button type="button" class="link language-switch" lang={other} onClick={() => chooseLanguage(other)}>
      {LANGUAGE_NAMES[other]}
    </button>
  );
}
