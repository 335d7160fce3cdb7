/** The panel's words for its language, handed down by context: `const t = useStrings()`. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../language';
import { en, type Strings } from './en';
import { nl } from './nl';

export type { Strings };

export const stringsFor = (lang: Lang): Strings => (lang === 'nl' ? nl : en);

export const StringsContext = createContext<Strings>(en);

export const useStrings = (): Strings => useContext(StringsContext);
