/**
 * Keeps --parley-top and --parley-height on the panel equal to the visual viewport, which shrinks
 * when a phone's on-screen keyboard opens (the layout viewport, and so 100dvh, does not always).
 * The phone-width rule of the launcher's stylesheet uses them; wider screens ignore them.
 * Set through the CSSOM, which a Content-Security-Policy allows, unlike style attributes.
 */
export function fitToVisualViewport(panel: HTMLElement, viewport: VisualViewport | null = window.visualViewport): void {
  if (!viewport) return;
  const fit = () => {
    panel.style.setProperty('--parley-top', `${viewport.offsetTop}px`);
    panel.style.setProperty('--parley-height', `${viewport.height}px`);
  };
  fit();
  viewport.addEventListener('resize', fit);
  viewport.addEventListener('scroll', fit);
}
