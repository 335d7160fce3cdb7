/**
 * Text that would run script or add elements if any screen rendered user input as HTML. Each one
 * calls `__pwned(name)` or marks its elements `data-xss`, so a test can tell it fired. Add a line
 * to try another trick; keep each under 100 characters (the shortest field most go into). The last
 * few fit a channel's launcher text (40), so the shortest fields are tried with real tricks too.
 */
export const XSS_PAYLOADS: string[] = [
  `<script data-xss>__pwned('script')</script>`,
  `<img src=x data-xss onerror="__pwned('img')">`,
  `<svg data-xss onload="__pwned('svg')"></svg>`,
  `"><img src=x data-xss onerror=__pwned('attr')>`,
  `'><details data-xss open ontoggle=__pwned('details')>`,
  `<iframe data-xss srcdoc="<script>parent.__pwned('iframe')</script>"></iframe>`,
  `<a data-xss href="javascript:__pwned('a')">click</a>`,
  `javascript:__pwned('url')`,
  `</textarea></title><script>__pwned('close')</script>`,
  `{{constructor.constructor("__pwned('tpl')")()}}`,
  `<math><mtext><img src=x data-xss onerror=__pwned('math')></mtext></math>`,
  `<script>alert(document.domain)</script>`,
  `<img src data-xss onerror=__pwned('i')>`,
  `"><svg data-xss onload=__pwned('s40')>`,
  `<body data-xss onload=__pwned('body')>`,
];

/** Installed before any page script: records payloads that managed to run. */
export function installXssTrap(): void {
  const w = window as unknown as { __pwned(name: string): void; __pwnedBy: string[] };
  w.__pwnedBy = [];
  w.__pwned = (name: string) => w.__pwnedBy.push(name);
}

/** Elements a payload could have added, anywhere in the document or an open shadow root. */
export function injectedElements(): string[] {
  const selector = '[data-xss], [onerror], [onload], [ontoggle], iframe, object, embed, a[href^="javascript:" i], script:not([src])';
  const found: string[] = [];
  const visit = (root: Document | ShadowRoot) => {
    root.querySelectorAll(selector).forEach((el) => found.push(el.outerHTML.slice(0, 120)));
    root.querySelectorAll('*').forEach((el) => el.shadowRoot && visit(el.shadowRoot));
  };
  visit(document);
  return found;
}
