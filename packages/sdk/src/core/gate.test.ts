import { beforeEach, describe, expect, it } from 'vitest';
import { createGate } from './gate';

// jsdom does not run inserted scripts here: the gate's work is checked on the elements it
// inserts (Chromium runs the same code in e2e/core/gating.spec.ts). A gate observes the
// document for good, so every test gets its own set of granted ids.
let granted: Set<string>;
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  granted = new Set();
  document.body.innerHTML = '';
});

describe('markup gate', () => {
  it('keeps gated elements inert until their id is accepted, then activates them in order', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="a" src="https://x.example/1.js" async nonce="n1" crossorigin="anonymous" data-x="1"></script>
      <script type="text/plain" data-consent="b">window.b = 1</script>
      <script type="text/plain" data-consent="a">window.a = 1</script>
      <iframe data-consent="a" data-src="https://x.example/frame"></iframe>
      <img data-consent="a" data-src="https://x.example/p.gif" data-srcset="https://x.example/p2.gif 2x">`;
    const gate = createGate(
      (
        (g) => (id: string) =>
          g.has(id)
      )(granted),
    );
    await tick();
    expect(document.querySelectorAll('script[type="text/plain"]')).toHaveLength(3);
    expect(document.querySelector('iframe')!.getAttribute('src')).toBeNull();

    granted.add('a');
    gate.release();
    await tick();
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.map((s) => s.type)).toEqual(['', 'text/plain', '']);
    const external = scripts[0]!;
    expect(external.src).toBe('https://x.example/1.js');
    // jsdom does not reflect `async`; Chromium does (e2e/core/gating.spec.ts).
    expect(external.hasAttribute('async')).toBe(true);
    expect(external.nonce).toBe('n1');
    expect(external.getAttribute('crossorigin')).toBe('anonymous');
    expect(external.dataset.x).toBe('1');
    expect(scripts[2]!.text).toBe('window.a = 1');
    expect(document.querySelector('iframe')!.getAttribute('src')).toBe('https://x.example/frame');
    expect(document.querySelector('img')!.getAttribute('srcset')).toBe('https://x.example/p2.gif 2x');
  });

  it('waits for a blocking external script to load before the next gated script', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="w" src="https://x.example/slow.js"></script>
      <script type="text/plain" data-consent="w">window.after = 1</script>`;
    granted.add('w');
    createGate(
      (
        (g) => (id: string) =>
          g.has(id)
      )(granted),
    );
    await tick();
    const [first, second] = [...document.querySelectorAll('script')];
    expect(first!.type).toBe('');
    expect(first!.async).toBe(false);
    expect(second!.type).toBe('text/plain');
    first!.dispatchEvent(new Event('load'));
    await tick();
    expect(document.querySelectorAll('script[type="text/plain"]')).toHaveLength(0);
  });

  it('runs a module when asked and gates elements inserted later', async () => {
    const gate = createGate(
      (
        (g) => (id: string) =>
          g.has(id)
      )(granted),
    );
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.dataset.consent = 'm';
    s.dataset.consentType = 'module';
    s.text = 'export {}';
    document.body.append(s);
    await tick();
    expect(document.querySelector('script')!.type).toBe('text/plain');
    granted.add('m');
    gate.release();
    await tick();
    expect(document.querySelector('script')!.type).toBe('module');
  });

  it('activates an element once only', async () => {
    document.body.innerHTML = `<script type="text/plain" data-consent="o">1</script>`;
    granted.add('o');
    const gate = createGate(
      (
        (g) => (id: string) =>
          g.has(id)
      )(granted),
    );
    await tick();
    gate.release();
    gate.release();
    await tick();
    expect(document.querySelectorAll('script')).toHaveLength(1);
  });
});
