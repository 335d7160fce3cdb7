/**
 * Styles of the launcher and the panel's frame; the panel bundle adds its own into the same shadow root.
 * `:host{all:initial!important}`: page rules reach the host element (e.g. `div{display:none!important}`,
 * `*{all:unset}`, inherited fonts), and an !important rule from inside the shadow beats one from the page.
 * `all` leaves `direction` alone: a right-to-left page would mirror the panel, whose languages read left to right.
 * The layer is a manual popover, so it sits in the top layer: above any z-index and never under a
 * transformed ancestor that would turn position:fixed into position:absolute.
 * Lines end in `\` so the shipped string has no newlines (the loader's budget is 2 KB).
 * The panel bundle adds the phone layout of the panel's frame. The height is in dvh alone (every browser since 2022),
 * so a phone's collapsing address bar never hides the panel's bottom.
 */
export const launcherCss = `:host{all:initial!important}\
.layer{all:initial;position:fixed;direction:ltr}\
.launcher,.panel{position:fixed;right:20px;bottom:20px;z-index:2147483647;box-sizing:border-box;font:15px/1.4 var(--font,system-ui,sans-serif);color:#1d2330}\
.launcher{display:flex;align-items:center;gap:8px;margin:0;border:0;border-radius:999px;padding:12px 20px;background:var(--accent,#2357c6);color:#fff;font-weight:600;cursor:pointer;box-shadow:0 4px 14px #0004}\
.launcher:focus-visible{outline:3px solid #9bb8f0;outline-offset:2px}\
.badge{min-width:22px;padding:0 6px;border-radius:999px;background:#fff;color:#a3211a;font-size:13px;text-align:center}\
.panel{right:12px;width:min(370px,calc(100vw - 24px));height:min(560px,calc(100dvh - 40px));background:#fff;border-radius:12px;box-shadow:0 8px 30px #0000004d;overflow:hidden}\
[hidden]{display:none!important}`;
