/** The admin area's words (the Admin tab and the set-password page) in the console's language. */
import { consoleLanguage } from './language';
import { taEn, type AdminStrings } from './admin-strings-en';
import { taNl } from './admin-strings-nl';

export const ta: AdminStrings = consoleLanguage === 'nl' ? taNl : taEn;
