/** Styles of the launcher and the panel's frame; the panel bundle adds its own into the same shadow root. */
export const launcherCss = `
:host{all:initial}
.launcher,.panel{position:fixed;right:20px;bottom:20px;z-index:2147483000;font:15px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}
.launcher{border:0;border-radius:999px;padding:12px 20px;background:#2357c6;color:#fff;font-weight:600;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}
.launcher:focus-visible{outline:3px solid #9bb8f0;outline-offset:2px}
.panel{width:min(370px,calc(100vw - 24px));height:min(560px,calc(100vh - 40px));right:12px;background:#fff;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden}
[hidden]{display:none!important}
`;
