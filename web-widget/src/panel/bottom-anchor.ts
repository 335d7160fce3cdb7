/**
 * Keeps a scrolled conversation's bottom edge in place when something below it takes room from it
 * (the post-chat form, a transfer's bar, a taller composer) or gives room back: the newest lines a
 * reader saw stay in view, as a browser keeps the top in place by itself. Shared by the widget and
 * the console; returns the function that stops it.
 */
export function keepBottomInPlace(list: HTMLElement): () => void {
  let height = list.clientHeight;
  const observer = new ResizeObserver(() => {
    list.scrollTop += height - list.clientHeight;
    height = list.clientHeight;
  });
  observer.observe(list);
  return () => observer.disconnect();
}
