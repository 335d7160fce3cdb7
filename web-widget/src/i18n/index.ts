/** The panel's words for its language, handed down by context: `const t = useStrings()`. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../language';
import type { Strings } from './en';

export type { Strings };

/** Each language is a chunk of its own: a panel fetches only the words it speaks. */
export const stringsFor = async (lang: Lang): Promise<Strings> => (lang === 'nl' ? (await import('./nl')).nl : (await import('./en')).en);

/** Always provided by mount(), which loads the words before the first render. */
export const StringsContext = createContext<Strings>(undefined as unknown as Strings);

export const useStrings = (): Strings => useContext(StringsContext);
