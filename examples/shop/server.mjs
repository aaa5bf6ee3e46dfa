#!/usr/bin/env node
/**
 * The demo: one node process that serves the Solgläntan Värme shop, the built cookiegate
 * files (packages/sdk/dist) at /, the vendors' local stand-ins, and the consent-proof
 * server (@cookiegate/server) under /v1/ and /healthz with embedded SQLite.
 *
 *   npm start                       # from the repository root: build, then this
 *   PORT=8081 node examples/shop/server.mjs
 *
 * Environment:
 *   PORT                  port (default 8080; 0 picks a free one)
 *   HOST                  interface to bind (default: all)
 *   COOKIEGATE_DB         proof database, sqlite:<file> or postgres://… (default sqlite:./data/proofs.db)
 *   COOKIEGATE_DATA_DIR   the proof database's folder (default ./data)
 *   COOKIEGATE_KEY_DIR    where the tree-head signing key is kept (default ./keys): never beside the
 *                         database, so that a copy of the data folder is not a copy of the key
 *   SHOP_ORIGINS          extra allowed origins for proofs, comma-separated (the shop's own
 *                         http://localhost:PORT and http://127.0.0.1:PORT are always allowed)
 *   SHOP_CONFIG           the cookiegate config (default: cookiegate.config.json next to this
 *                         file), read again when the file changes (raise its revision, with a
 *                         category's `purposeChanged` or a new service, to ask visitors again)
 *   SHOP_REVISION         the cookiegate config's revision (default: the config file's)
 *   SHOP_SNIPPETS         "gated" (default: the vendors' tags with type="text/plain"
 *                         data-consent) or "verbatim" (unmodified, for automatic blocking)
 *   SHOP_STATS_TOKEN      the demo's stats token for /dashboard (at least 32 characters;
 *                         default: a new random one at each start, printed with the link)
 *
 * These are the server's own settings: no query string changes them, so that no link can
 * make a visitor's browser load vendor tags ungated or write a proof with another revision.
 *   SHOP_PROOFS           "auto" (default: send proofs when the built SDK knows
 *                         `proofEndpoint`), "on" or "off"
 */
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as pages from './pages.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DEFAULT_CONFIG = join(HERE, 'cookiegate.config.json');
const SNIPPETS = Object.fromEntries(
  ['google-analytics', 'google-ads', 'meta-pixel', 'smartlook', 'zendesk-chat'].map((id) => [
    id,
    readFileSync(join(HERE, 'snippets', `${id}.html`), 'utf8'),
  ]),
);
const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** The vendor's tag with markup gating added: every <script> becomes type="text/plain" data-consent="id". */
export function gateSnippet(html, id) {
  return html.replace(
    /<script\b([^>]*)>/gi,
    (_, attrs) => `<script type="text/plain" data-consent="${id}"${attrs.replace(/\s+type=(['"])[^'"]*\1/i, '')}>`,
  );
}

/**
 * Starts the demo.
 * @param {{ port?: number, host?: string, db?: string, dataDir?: string, keyDir?: string, origins?: string[], config?: string, revision?: number, snippets?: 'gated'|'verbatim', proofs?: 'auto'|'on'|'off', statsToken?: string }} [options]
 * @returns {Promise<{ url: string, port: number, dashboardUrl: string, close(): Promise<void> }>}
 */
export async function startShop(options = {}) {
  const { createHandler, createRequestListener, openStore, loadSigningKey, dashboardFiles } =
    await import('@cookiegate/server');
  const sdkDist = join(dirname(fileURLToPath(import.meta.resolve('cookiegate/package.json'))), 'dist');
  // The config's fingerprint and its presets' data (as `cookiegate check --write` writes and
  // prints them, here at each page so that an edit of the file or of cookiegate needs no step)
  // spare each visitor's browser the config check and cookiegate-presets.js.
  const { fingerprint } = await import('cookiegate');
  const { PRESETS, presetDataOf } = await import('cookiegate/presets');
  if (!existsSync(join(sdkDist, 'cookiegate.js')))
    throw new Error(`${join(sdkDist, 'cookiegate.js')} is missing: run \`npm run build\` first`);

  // The config file is read again when it changes (a raised revision asks visitors again
  // about what is new to them); a file that does not parse keeps the last good config and says why.
  const configFile = options.config ?? DEFAULT_CONFIG;
  let CONFIG = JSON.parse(readFileSync(configFile, 'utf8'));
  let configStamp = '';
  const currentConfig = () => {
    const st = statSync(configFile);
    const stamp = st.mtimeMs + ':' + st.size;
    if (stamp !== configStamp) {
      try {
        CONFIG = JSON.parse(readFileSync(configFile, 'utf8'));
      } catch (err) {
        console.error(`${configFile}: ${err.message}; still serving the last good config`);
      }
      configStamp = stamp;
    }
    return CONFIG;
  };
  const dataDir = resolve(options.dataDir ?? './data');
  const keyDir = resolve(options.keyDir ?? './keys');
  if (keyDir === dataDir) throw new Error(`keep the signing key (${keyDir}) apart from the database's folder`);
  const dbSpec = options.db ?? `sqlite:${join(dataDir, 'proofs.db')}`;
  const snippetMode = options.snippets ?? 'gated';
  const proofsMode = options.proofs ?? 'auto';
  // The statistics dashboard's read-only token: the start-up log links to /dashboard with it.
  const statsToken = options.statsToken ?? randomBytes(24).toString('base64url');
  if (statsToken.length < 32) throw new Error('the stats token (SHOP_STATS_TOKEN) must have at least 32 characters');

  // The built SDK says whether it can send proofs yet: its config schema names the key.
  let sdkStamp = '';
  let sdkSendsProofs = false;
  const sdkKnowsProofs = () => {
    const file = join(sdkDist, 'cookiegate.js');
    const stamp = String(statSync(file).mtimeMs);
    if (stamp !== sdkStamp) {
      sdkStamp = stamp;
      sdkSendsProofs = readFileSync(file, 'utf8').includes('proofEndpoint');
    }
    return sdkSendsProofs;
  };

  /** PHPSESSID → { formKey, cart: Map<slug, qty>, seen } (kept in memory, like a session store). */
  const sessions = new Map();
  let proofs; // the proof handler's node listener, once the port is known
  let handler;
  let store;

  const server = createServer((req, res) => {
    route(req, res).catch((err) => {
      console.error('[shop]', err);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('internal error');
    });
  });

  async function route(req, res) {
    const url = new URL(req.url ?? '/', 'http://shop.invalid');
    const path = url.pathname;
    if (path.startsWith('/v1/') || path === '/healthz' || path === '/dashboard' || path.startsWith('/dashboard/'))
      return proofs(req, res);
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (/^\/cookiegate[\w.-]*\.(js|css|map)$/.test(path)) return file(res, join(sdkDist, path.slice(1)));
      if (/^\/(shop\.css|shop\.js|sw\.js|vendor-routes\.js)$/.test(path))
        return file(res, join(HERE, 'public', path.slice(1)));
      if (/^\/stand-ins\/[\w-]+\.js$/.test(path)) return file(res, join(HERE, path.slice(1)));
      if (path === '/favicon.ico') return void res.writeHead(204).end();
    }
    return page(req, res, url);
  }

  function file(res, filePath) {
    if (!existsSync(filePath)) return notFound(res);
    const ext = filePath.slice(filePath.lastIndexOf('.'));
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    res.end(readFileSync(filePath));
  }

  function notFound(res) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
  }

  function session(req) {
    const cookies = Object.fromEntries(
      (req.headers.cookie ?? '')
        .split(/;\s*/)
        .filter(Boolean)
        .map((c) => [c.slice(0, c.indexOf('=')), c.slice(c.indexOf('=') + 1)]),
    );
    let id = cookies.PHPSESSID;
    let s = id && sessions.get(id);
    if (!s) {
      id = randomBytes(16).toString('hex');
      s = {
        formKey: /^\w{16}$/.test(cookies.form_key ?? '')
          ? cookies.form_key
          : randomBytes(12).toString('base64url').slice(0, 16),
        cart: new Map(),
      };
      sessions.set(id, s);
      if (sessions.size > 10_000) sessions.delete(sessions.keys().next().value);
    }
    s.seen = Date.now();
    return {
      id,
      s,
      // Magento's session cookie (HttpOnly, its default lifetime of one hour, renewed on
      // every request) and its CSRF key (readable by the page's forms code, one day).
      cookies: [
        `PHPSESSID=${id}; Path=/; Max-Age=3600; HttpOnly; SameSite=Lax`,
        `form_key=${s.formKey}; Path=/; Max-Age=86400; SameSite=Lax`,
      ],
    };
  }

  async function readForm(req) {
    let body = '';
    for await (const chunk of req) {
      body += chunk;
      if (body.length > 10_000) throw new Error('form too large');
    }
    return new URLSearchParams(body);
  }

  async function page(req, res, url) {
    const sess = session(req);
    const path = url.pathname.replace(/\/+$/, '') || '/';

    if (path === '/varukorg' && req.method === 'POST') {
      const form = await readForm(req);
      if (form.get('form_key') !== sess.s.formKey) {
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'set-cookie': sess.cookies });
        return res.end('Ogiltig form_key: ladda om sidan och försök igen.');
      }
      const slug = form.get('product') ?? '';
      if (pages.PRODUCTS.some((p) => p.slug === slug)) {
        if (form.get('action') === 'remove') sess.s.cart.delete(slug);
        else
          sess.s.cart.set(
            slug,
            Math.min(99, (sess.s.cart.get(slug) ?? 0) + Math.max(1, Math.min(9, Number(form.get('qty')) || 1))),
          );
      }
      const back = ['en', 'da'].includes(url.searchParams.get('lang'))
        ? `/varukorg?lang=${url.searchParams.get('lang')}`
        : '/varukorg';
      res.writeHead(303, { location: back, 'set-cookie': sess.cookies });
      return res.end();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return res.end();
    }

    let content;
    let status = 200;
    const product = path.startsWith('/produkter/') && pages.PRODUCTS.find((p) => `/produkter/${p.slug}` === path);
    if (path === '/') content = pages.startPage();
    else if (product) content = pages.productPage(product, sess.s.formKey);
    else if (path === '/varukorg') content = pages.cartPage(sess.s.cart, sess.s.formKey);
    else if (path === '/cookies') content = pages.cookiePage(pages.declarationTable(currentConfig()));
    else if (path === '/integritet') content = pages.privacyPage();
    else {
      content = pages.notFoundPage();
      status = 404;
    }

    const config = structuredClone(currentConfig());
    config.revision = options.revision ?? config.revision;
    if (proofsMode === 'on' || (proofsMode === 'auto' && sdkKnowsProofs())) config.proofEndpoint = '/v1/proofs';
    const snippets = ['google-analytics', 'google-ads', 'meta-pixel', 'smartlook']
      .map((id) => (snippetMode === 'verbatim' ? SNIPPETS[id] : gateSnippet(SNIPPETS[id], id)))
      .join('');

    const lang = ['en', 'da'].includes(url.searchParams.get('lang')) ? url.searchParams.get('lang') : 'sv';
    // The banner's and the preferences' links to the shop's own pages open them in the visitor's language.
    if (lang !== 'sv') {
      const inLang = (u) =>
        typeof u === 'string' && u.startsWith('/') ? `${u}${u.includes('?') ? '&' : '?'}lang=${lang}` : u;
      config.policyUrl = inLang(config.policyUrl);
      for (const s of Object.values(config.services)) if (s.privacyUrl) s.privacyUrl = inLang(s.privacyUrl);
    }
    const presetData = presetDataOf(config, PRESETS);
    if (presetData) config.presetData = presetData;
    let html = pages.layout({
      path,
      lang,
      title: content.title,
      body: content.body,
      // JSON inside <script>: no "</script>" or "<!--" can close it early.
      configJson: JSON.stringify(config).replace(/</g, '\\u003c'),
      checked: fingerprint(config),
      snippets,
      zendesk: SNIPPETS['zendesk-chat'],
      cartCount: [...sess.s.cart.values()].reduce((a, b) => a + b, 0),
    });
    // Another language: the shop's own links and forms keep it.
    if (lang !== 'sv')
      html = html.replace(
        /\b(href|action)="(\/(?!v1\/)[^"?#]*)(#[^"]*)?"/g,
        (_, attr, p, hash = '') => `${attr}="${p}?lang=${lang}${hash}"`,
      );
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'set-cookie': sess.cookies,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    res.end(req.method === 'HEAD' ? undefined : html);
  }

  // Listen first, so that a port in use fails before anything is opened.
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 8080, options.host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const port = server.address().port;
  try {
    store = await openStore(dbSpec);
    const origins = [
      `http://localhost:${port}`,
      `http://127.0.0.1:${port}`,
      `http://[::1]:${port}`,
      ...(options.origins ?? []),
    ];
    handler = createHandler({
      store,
      origins,
      signingKey: loadSigningKey({
        pem: process.env.COOKIEGATE_SIGNING_KEY,
        file: join(keyDir, 'signing-key.pem'),
        create: true,
      }),
      // Receipts sign at most one tree head per interval (records past a fresh head are
      // "pending" until the next); short here, so that the receipt page shows a decision at once.
      treeHeadIntervalMs: 2_000,
      statsToken,
      dashboard: dashboardFiles(),
    });
    proofs = createRequestListener(handler);
  } catch (err) {
    server.close();
    await store?.close();
    throw err;
  }

  let closing;
  return {
    port,
    url: `http://localhost:${port}`,
    // The token in the fragment never reaches a server; the site is the shop's origin, as its proofs record it.
    dashboardUrl: `http://localhost:${port}/dashboard#token=${statsToken}&site=${encodeURIComponent(`http://localhost:${port}`)}`,
    db: dbSpec,
    dataDir,
    close: () =>
      (closing ??= (async () => {
        await new Promise((ok) => {
          server.close(() => ok());
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), 2000).unref();
        });
        await handler.close();
        await store.close();
      })()),
  };
}

async function main() {
  const env = process.env;
  const port = env.PORT === undefined || env.PORT === '' ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number (0-65535), got "${env.PORT}"`);
    return process.exit(1);
  }
  const revision = env.SHOP_REVISION ? Number(env.SHOP_REVISION) : undefined;
  let shop;
  try {
    shop = await startShop({
      port,
      host: env.HOST || undefined,
      dataDir: env.COOKIEGATE_DATA_DIR || './data',
      keyDir: env.COOKIEGATE_KEY_DIR || './keys',
      db: env.COOKIEGATE_DB || undefined,
      origins: (env.SHOP_ORIGINS ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      config: env.SHOP_CONFIG || undefined,
      revision: Number.isInteger(revision) ? revision : undefined,
      snippets: env.SHOP_SNIPPETS === 'verbatim' ? 'verbatim' : 'gated',
      proofs: ['on', 'off'].includes(env.SHOP_PROOFS) ? env.SHOP_PROOFS : 'auto',
      statsToken: env.SHOP_STATS_TOKEN || undefined,
    });
  } catch (err) {
    if (err?.code === 'EADDRINUSE')
      console.error(
        `Port ${port} is already in use: stop the other server or pick another port, e.g. PORT=${port + 1} npm start`,
      );
    else if (err?.code === 'EACCES')
      console.error(`Not allowed to listen on port ${port}: pick a port above 1023, e.g. PORT=8080 npm start`);
    else if (err?.code === 'ERR_MODULE_NOT_FOUND')
      console.error(
        `A built package is missing (${err.message.split('\n')[0]}): run \`npm run build\` first, or use \`npm start\``,
      );
    else console.error(`Could not start the demo shop: ${err?.message ?? err}`);
    return process.exit(1);
  }
  console.log(`Solgläntan Värme (cookiegate demo) is running at ${shop.url}/`);
  console.log(`Consent proofs: ${shop.url}/v1/tree-head · database ${shop.db} · stop with Ctrl-C`);
  console.log(`Consent statistics (opens logged in with the demo's stats token): ${shop.dashboardUrl}`);
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    shop.close().then(
      () => {
        console.log('Stopped.');
        process.exit(0);
      },
      (err) => {
        console.error('Error while stopping:', err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
