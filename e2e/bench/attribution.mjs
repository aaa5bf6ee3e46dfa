/**
 * Where a tool's main-thread time goes, from a V8 CPU profile (CDP `Profiler`): a sample
 * counts for the tool when the nearest frame of script code on its stack (the leaf, or the
 * function that called a browser API) is one of the tool's files, so DOM work, forced
 * style and layout, and the browser APIs it calls count as its own, and so does time inside
 * the tool's patched `createElement`/`setAttribute`/`fetch`/… wrappers when another script
 * calls them. Each such sample goes to one phase:
 *
 * - `calls`: a script that is not the tool's is lower on the stack (a vendor's loader or the
 *   page calling the tool's patched APIs, or its own API);
 * - `observer`: a MutationObserver callback of the tool is on the stack;
 * - `release`: releasing gated and held elements (cookiegate's gate.ts, the blocker's `take`);
 * - then, by the source file of the innermost frame of the tool (through cookiegate's source
 *   map): `cookie` (cookie.ts, expiry.ts), `config` (resolve.ts, config.ts, fingerprint.ts,
 *   check.ts), `blocker` (blocker/*, consent-mode.ts, vendor-consent.ts: installing the
 *   patches, observers and Consent Mode), `launcher` (the floating button, UI loading);
 * - `evaluation`: the rest (the script's top level, api.ts, state, nanostores).
 *
 * Anchors have no source map here: their time is `calls` or `evaluation`.
 */
import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';

/** The phases, in the order the tables show them. */
export const PHASES = ['evaluation', 'config', 'cookie', 'blocker', 'observer', 'release', 'calls', 'launcher'];

const FILE_PHASES = [
  [/core\/(cookie|expiry)\.ts$/, 'cookie'],
  [/core\/(resolve|config|fingerprint|check)\.ts$/, 'config'],
  [/(blocker\/|core\/(consent-mode|vendor-consent)\.ts$)/, 'blocker'],
  [/core\/(launcher|chunk)\.ts$|\/ui\//, 'launcher'],
];

/**
 * A resolver of generated positions to original ones for the tool's files that have a
 * source map: (url, line, column) → { source, line text } or null.
 */
export function sourceMaps(files) {
  const maps = new Map();
  for (const [url, mapFile] of files) {
    try {
      maps.set(url, new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8'))));
    } catch {
      // No map: the file's time is evaluation or calls.
    }
  }
  const cache = new Map();
  return (url, line, column) => {
    const m = maps.get(url.split(/[?#]/)[0]);
    if (!m || !(line >= 0) || !(column >= 0)) return null;
    const key = `${url}:${line}:${column}`;
    if (!cache.has(key)) {
      const p = m.originalPositionFor({ line: line + 1, column, bias: SourceMapConsumer.LEAST_UPPER_BOUND });
      const text = p.source ? (m.sourceContentFor(p.source, true) || '').split('\n')[p.line - 1] || '' : '';
      cache.set(key, p.source ? { source: p.source, text } : null);
    }
    return cache.get(key);
  };
}

/**
 * The tool's time in `profile` (ms): `tool` (its samples), `self` (only its own functions),
 * `all` (every script on the page) and `phases` ({ phase: ms }). `isTool(callFrame)` says
 * whether a frame (its url; an inserted inline script has none) is the tool's.
 *
 * @example
 * attribute(profile, (f) => f.url.startsWith(prefix), sourceMaps([[url, mapFile]])).phases.blocker;
 */
export function attribute(profile, isTool, original = () => null) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const memo = new Map();
  // Per node: its owner (nearest URL) and its phase when the owner is the tool.
  const classify = (id) => {
    if (memo.has(id)) return memo.get(id);
    const stack = [];
    for (let x = id; x != null; x = parent.get(x)) stack.push(byId.get(x).callFrame);
    // Frames of script code (the browser's own functions have script id 0); an inserted
    // inline script (a tag the tool released) has no URL: it is not the tool's.
    const framed = stack.filter((f) => String(f.scriptId) != '0');
    let phase = null;
    if (framed.length && isTool(framed[0])) {
      const orig = framed.map((f) => (isTool(f) ? original(f.url, f.lineNumber, f.columnNumber) : null));
      if (framed.some((f) => !isTool(f))) phase = 'calls';
      else if (orig.some((o) => o && /new MutationObserver\(/.test(o.text))) phase = 'observer';
      else if (orig.some((o) => o && (/core\/gate\.ts$/.test(o.source) || /const take =/.test(o.text))))
        phase = 'release';
      else {
        const inner = orig.find(Boolean);
        phase = (inner && FILE_PHASES.find(([re]) => re.test(inner.source))?.[1]) || 'evaluation';
      }
    }
    const r = { owner: framed[0], phase, self: String(stack[0].scriptId) != '0' && isTool(stack[0]) };
    memo.set(id, r);
    return r;
  };
  const phases = Object.fromEntries(PHASES.map((p) => [p, 0]));
  let tool = 0;
  let self = 0;
  let all = 0;
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const dt = (i + 1 < timeDeltas.length ? timeDeltas[i + 1] : 0) / 1000;
    const c = classify(samples[i]);
    if (c.owner) all += dt;
    if (!c.phase) continue;
    tool += dt;
    phases[c.phase] += dt;
    if (c.self) self += dt;
  }
  return { tool, self, all, phases };
}
