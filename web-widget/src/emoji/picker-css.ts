/**
 * The picker's own styles, adopted by whichever root it opens in (the console's page or the widget's shadow root). It sits above the nearest positioned ancestor: the composer.
 * Its list is shorter on a short panel (a phone with its keyboard open: --parley-height), so the search field stays on screen.
 */
export const pickerCss = `
.parley-emoji { position: absolute; bottom: calc(100% + 6px); right: 8px; z-index: 20; width: 296px; max-width: calc(100% - 16px); box-sizing: border-box; display: flex; flex-direction: column; gap: 6px; padding: 8px; background: #fff; color: #1d2330; border: 1px solid #d9dee5; border-radius: 10px; box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18); font: 14px/1.4 system-ui, sans-serif; }
.parley-emoji input { font: inherit; padding: 6px 8px; border: 1px solid #d9dee5; border-radius: 6px; }
.parley-emoji-grid { display: grid; grid-template-columns: repeat(8, minmax(0, 1fr)); grid-auto-rows: 36px; height: clamp(72px, calc(var(--parley-height, 100dvh) - 240px), 220px); overflow-x: hidden; overflow-y: auto; align-content: start; outline: none; border-radius: 6px; }
.parley-emoji-grid:focus-visible, .parley-emoji input:focus-visible { outline: 3px solid #9bb8f0; outline-offset: 1px; }
.parley-emoji-option { font-size: 22px; line-height: 34px; text-align: center; overflow: hidden; white-space: nowrap; border-radius: 6px; cursor: pointer; user-select: none; }
.parley-emoji-option:hover { background: #f1f3f6; }
.parley-emoji-option[aria-selected="true"] { background: #dfe8fb; box-shadow: inset 0 0 0 2px #2357c6; }
.parley-emoji-option[hidden] { display: none; }
.parley-emoji-name { margin: 0; min-height: 1.4em; font-size: 12px; color: #4a5563; }
`;
