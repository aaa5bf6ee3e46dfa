/**
 * `GET /dashboard`: the statistics dashboard's static page (HTML, one script, one style sheet,
 * built into the server's `dist/dashboard/`). The page itself needs no token: it asks for one
 * and reads its data only from `GET /v1/stats` with it. Web-standard: the files come from an
 * injected {@link AssetSource} (the node glue reads them from disk, `dashboardFiles`).
 */
import { Hono } from 'hono';
import { errorBody } from './proof-route.js';

/** Where the dashboard's built files come from. */
export interface AssetSource {
  /** The file's bytes, or undefined when there is no such file. */
  read(name: string): Promise<Uint8Array<ArrayBuffer> | undefined>;
}

/** The page's policy: its own files and `/v1/stats` only, nothing inline, nothing framing it. */
export const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Built asset names: content-hashed, so they can be cached for good. */
const ASSET = /^dashboard-[A-Za-z0-9]{6,}\.(js|css)$/;
const TYPES = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' } as const;

const COMMON = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * The dashboard's routes, to mount at `/dashboard`.
 * @example
 * app.route('/dashboard', dashboardRoutes({ read: async (name) => files.get(name) }));
 */
export function dashboardRoutes(assets: AssetSource): Hono {
  const app = new Hono();
  const missing = () =>
    new Response(JSON.stringify(errorBody('the dashboard is not built: run `npm run build`')), {
      status: 404,
      headers: { 'content-type': 'application/json' },
    });

  app.get('/', async () => {
    const html = await assets.read('index.html');
    if (!html) return missing();
    return new Response(html, {
      headers: {
        ...COMMON,
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': DASHBOARD_CSP,
        // The page names this build's hashed files: always ask again.
        'cache-control': 'no-cache',
        'x-frame-options': 'DENY',
      },
    });
  });

  app.get('/:file', async (c) => {
    const name = c.req.param('file');
    const m = ASSET.exec(name);
    const body = m && (await assets.read(name));
    if (!m || !body)
      return new Response(JSON.stringify(errorBody('not found')), {
        status: 404,
        headers: { 'content-type': 'application/json' },
      });
    return new Response(body, {
      headers: {
        ...COMMON,
        'content-type': TYPES[m[1] as 'js' | 'css'],
        'cache-control': 'public, max-age=31536000, immutable',
      },
    });
  });
  return app;
}
