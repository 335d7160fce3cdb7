/** The widget speaks English or Dutch: the snippet's `data-lang` decides, else the browser's own preference. */
export { pickLanguage, type Lang } from '../../functions/protocol/browser/language';
