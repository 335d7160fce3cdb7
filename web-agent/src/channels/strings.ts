/** The channel settings' words in the console's language. */
import { consoleLanguage } from '../language';
import { ctEn, type ChannelStrings } from './strings-en';
import { ctNl } from './strings-nl';

export const ct: ChannelStrings = consoleLanguage === 'nl' ? ctNl : ctEn;
