/** The panel's stylesheet is bundled as text (esbuild `text` loader) and injected into the shadow root. */
declare module '*.css' {
  const css: string;
  export default css;
}
