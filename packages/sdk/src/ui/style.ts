/**
 * The UI's stylesheet, adopted into the shadow root. Themable through CSS custom
 * properties set anywhere above the host (they inherit into the shadow root):
 * --cg-bg, --cg-fg, --cg-muted, --cg-border, --cg-accent, --cg-accent-fg, --cg-focus,
 * --cg-radius, --cg-font. Light and dark defaults follow `prefers-color-scheme`.
 */
/** The light scheme's colours (a banner variant may force it: experiment.ts). */
export const LIGHT =
  '--b:var(--cg-bg,#fff);--f:var(--cg-fg,#1d1d1f);--m:var(--cg-muted,#4a4a50);--a:var(--cg-accent,#1a4fd6);--af:var(--cg-accent-fg,#fff);--o:var(--cg-focus,#1a4fd6)';
/** The dark scheme's colours. */
export const DARK =
  '--b:var(--cg-bg,#1c1c1f);--f:var(--cg-fg,#f2f2f4);--m:var(--cg-muted,#c4c4ca);--a:var(--cg-accent,#9db8ff);--af:var(--cg-accent-fg,#0b1530);--o:var(--cg-focus,#9db8ff)';

/** The banner's stylesheet, only what the first layer needs (the preferences' comes with them: DETAILS_CSS). */
export const CSS =
  `.cg{${LIGHT};--l:var(--cg-border,#8a8a90);--r:var(--cg-radius,12px);` +
  'font:14px/1.45 var(--cg-font,system-ui,sans-serif);color:var(--f);background:var(--b);box-sizing:border-box;border:1px solid var(--l);border-radius:var(--r)}' +
  `@media(prefers-color-scheme:dark){.cg{${DARK}}}` +
  '.cg *{box-sizing:inherit;margin:0;font:inherit;color:inherit}' +
  '.cg :focus-visible{outline:3px solid var(--o);outline-offset:2px}' +
  '.cg a{color:var(--a);text-decoration:underline;cursor:pointer}.cg h2{font-size:18px;font-weight:700}' +
  // Small screens: a compact first layer (the rest of the text behind "More", the three
  // equal buttons in one row) that covers as little of the page as it can.
  '.ban{position:fixed;left:6px;right:6px;bottom:6px;max-height:calc(100vh - 12px);overflow:auto;padding:8px 10px;box-shadow:0 4px 24px #0004}.ban h2{font-size:16px}' +
  '.txt{margin:2px 0 8px}.tgl{min-height:24px;padding:0 2px;border:0;background:none;color:var(--a);font-weight:600;text-decoration:underline;cursor:pointer}' +
  '.btns{display:grid;grid-template-columns:repeat(3,1fr);gap:6px}' +
  '.btn{min-height:44px;padding:4px;border:0;border-radius:8px;background:var(--a);color:var(--af);font-weight:600;font-size:13px;cursor:pointer}' +
  '.x{position:absolute;top:8px;right:8px;width:40px;height:40px;border:0;background:none;font-size:24px;cursor:pointer}' +
  '@media(min-width:720px){.cg{font-size:15px}.ban{left:50%;right:auto;translate:-50%;width:min(960px,100vw - 32px);bottom:16px;padding:20px 24px}.ban h2{font-size:18px}.txt{margin:4px 0 12px}.btn{padding:8px 12px;font-size:inherit}.more{display:inline!important}.tgl{display:none}}' +
  '@media(prefers-reduced-motion:no-preference){.ban{animation:cg .2s}}@keyframes cg{from{transform:translateY(12px)}}';

/** The preferences' and the declaration's styles, which come with them (adopted after CSS). */
export const DETAILS_CSS =
  '.cg summary{color:var(--a);text-decoration:underline;cursor:pointer}.cg h3{font-weight:700}.d{color:var(--m);font-size:14px}' +
  'dialog.cg{padding:0;width:min(720px,100vw - 16px);max-width:none;max-height:calc(100vh - 16px);flex-direction:column}dialog.cg[open]{display:flex}dialog::backdrop{background:#0008}' +
  '.hd{position:relative;padding:16px 56px 8px 16px}.bd{overflow:auto;padding:0 16px}.ft{padding:12px 16px 16px;border-top:1px solid var(--l)}' +
  '.cat{border-top:1px solid var(--l);padding:12px 0}.row{display:flex;align-items:center;gap:12px;min-height:32px}.row>:first-child{flex:1}' +
  'ul{list-style:none;padding:0}li{padding:8px 0 0 12px;border-left:3px solid var(--l);margin-top:8px}details>div{padding:4px 0;font-size:14px}' +
  'table{border-collapse:collapse;width:100%;margin-top:6px;font-size:13px;overflow-wrap:anywhere}th,td{border:1px solid var(--l);padding:4px 6px;vertical-align:top;text-align:left}th{font-weight:700}' +
  '[role=switch]{appearance:none;flex:none;position:relative;width:44px;height:26px;border:2px solid var(--m);border-radius:13px;cursor:pointer}' +
  '[role=switch]:before{content:"";position:absolute;top:3px;left:3px;width:16px;height:16px;border-radius:50%;background:var(--m)}' +
  '[role=switch]:checked{background:var(--a);border-color:var(--a)}[role=switch]:checked:before{left:21px;background:var(--af)}[role=switch]:disabled{opacity:.7;cursor:default}' +
  '.decl{padding:16px}.decl section{margin-top:16px}' +
  '@media(prefers-reduced-motion:no-preference){[role=switch]:before{transition:left .15s}}';
