import { describe, expect, it } from 'vitest';
import { DASHBOARD_CSP, dashboardRoutes, type AssetSource } from './dashboard-route.js';

const enc = (s: string) => new TextEncoder().encode(s);
const files: Record<string, string> = {
  'index.html': '<!doctype html><script src="dashboard/dashboard-ABC123.js"></script>',
  'dashboard-ABC123.js': 'console.log(1)',
  'dashboard-ABC123.css': 'body{}',
  'secret.txt': 'not an asset',
};
const asked: string[] = [];
const source: AssetSource = {
  read: async (name) => {
    asked.push(name);
    return files[name] === undefined ? undefined : enc(files[name]);
  },
};
const app = dashboardRoutes(source);
const get = (path: string) => app.request(`http://x${path}`);

describe('dashboardRoutes', () => {
  it('serves the page with its CSP, asked for again each time', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
    expect(DASHBOARD_CSP).toMatch(/default-src 'none'.*script-src 'self'.*connect-src 'self'.*frame-ancestors 'none'/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toBe(files['index.html']);
  });

  it('serves hashed assets for good, with their types', async () => {
    const js = await get('/dashboard-ABC123.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await js.text()).toBe(files['dashboard-ABC123.js']);
    expect((await get('/dashboard-ABC123.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('never reads a name that is not a built asset', async () => {
    asked.length = 0;
    for (const path of ['/secret.txt', '/index.html', '/..%2Fsecret.txt', '/dashboard-ABC123.map', '/.env'])
      expect((await get(path)).status, path).toBe(404);
    expect(asked).toEqual([]);
    expect((await get('/dashboard-ZZZZZZ.js')).status).toBe(404); // asked, absent
  });

  it('says the dashboard is not built when its page is missing', async () => {
    const res = await dashboardRoutes({ read: async () => undefined }).request('http://x/');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'the dashboard is not built: run `npm run build`' });
  });
});
