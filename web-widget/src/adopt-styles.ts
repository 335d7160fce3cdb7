/**
 * Adds a stylesheet to a shadow root as a constructed sheet: a site's Content-Security-Policy
 * `style-src` blocks <style> elements and style attributes, but not these. Browsers without
 * constructable sheets (Safari before 16.4) get a <style>, which works where the policy allows it.
 */
export function adoptStyles(root: ShadowRoot, css: string): void {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}
