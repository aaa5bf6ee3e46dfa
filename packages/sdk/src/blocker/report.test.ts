import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReporter } from './report';

// jsdom has no resource timing: the browser's entries are handed to the observer here
// (e2e/vendors/blocking.spec.ts checks the warning in Chromium).
afterEach(() => vi.unstubAllGlobals());

describe('createReporter', () => {
  it('reports the hosts no service covers once the page has loaded, sorted, each host once', () => {
    let deliver: (list: { getEntries(): { name: string }[] }) => void = () => {};
    const observe = vi.fn();
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        constructor(f: typeof deliver) {
          deliver = f;
        }
        observe = observe;
      },
    );
    const report = vi.fn();
    createReporter((url) => url.hostname == 'shop.example', report);
    expect(observe).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    expect(observe).toHaveBeenCalledWith({ type: 'resource', buffered: true });
    const entries = (...urls: string[]) => ({ getEntries: () => urls.map((name) => ({ name })) });
    deliver(
      entries(
        'https://fonts.other.example/a.css',
        'https://cdn.unknown.example/x.js',
        'https://shop.example/app.js',
        'https://cdn.unknown.example/y.js',
      ),
    );
    expect(report).toHaveBeenCalledWith([
      { path: 'services', code: 'uncovered', got: ['cdn.unknown.example', 'fonts.other.example'], w: 1 },
    ]);
    deliver(entries('https://cdn.unknown.example/z.js', 'https://late.example/t.js'));
    expect(report).toHaveBeenLastCalledWith([{ path: 'services', code: 'uncovered', got: ['late.example'], w: 1 }]);
    deliver(entries('https://shop.example/more.js'));
    expect(report).toHaveBeenCalledTimes(2);
  });
});
