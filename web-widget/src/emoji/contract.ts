/** What the console and the widget expect of emoji-picker.js, the module they import on the first click of Emoji. */

export interface PickerLabels {
  /** The search field's name, e.g. "Search emoji". */
  search: string;
  /** The list's name. */
  results: string;
  /** Shown when nothing matches. */
  none: string;
}

export interface PickerOptions {
  labels: PickerLabels;
  onPick(emoji: string): void;
  /** ESC (in the picker or in `inside`), or a click outside the picker; the caller puts focus back. */
  onClose(): void;
  /**
   * The focus left the picker and `inside` (Tab on past them): the caller closes it, leaving the focus where
   * it went. Without it the picker stays open until ESC or a click outside.
   */
  onLeave?(): void;
  /** Clicks here are not "outside": what holds the Emoji button (which toggles the picker itself) and `container`. */
  inside?: HTMLElement;
}

export interface PickerHandle {
  close(): void;
}

export interface PickerModule {
  /** Draws the picker inside `container` (which the caller positions) and focuses its search. */
  openPicker(container: HTMLElement, options: PickerOptions): PickerHandle;
}

/** The file name beside widget.js and one level above the console's page. */
export const PICKER_FILE = 'emoji-picker.js';
