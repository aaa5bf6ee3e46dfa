// Minimal typings for ua-parser-js 1.x (MIT), which ships none.
declare module 'ua-parser-js' {
  interface UAResult {
    browser: { name?: string; version?: string; major?: string };
    os: { name?: string; version?: string };
    device: { type?: string; vendor?: string; model?: string };
  }
  function UAParser(ua?: string): UAResult;
  export default UAParser;
}
