/**
 * The optional new-message sound (`data-sound="on"`, `Parley.sound(true)`): when to chime, and the
 * chime, whose tone (chime-tone.ts) is a part fetched on the first one: most pages never turn the sound on.
 */

/** Chime only when it tells the customer something they cannot see: the panel is closed or the tab is in the background. */
export const shouldChime = (enabled: boolean, open: boolean, visible: boolean): boolean => enabled && !(open && visible);

/** Plays the tone; a failed fetch (a network blip) is no sound this time and tried again the next. */
export const chime = (): void => void import('./chime-tone').then((tone) => tone.playTone(), () => undefined);
