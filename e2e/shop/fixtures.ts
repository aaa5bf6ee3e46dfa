/**
 * Fixtures for the demo-shop journeys: the real demo server (examples/shop/server.mjs, the
 * process `npm start` runs) started once per worker on a free port with its own temporary
 * SQLite database, and a visitor whose browser answers every vendor host with the shop's
 * own stand-ins (the same files and the same routing table its service worker uses) and
 * records every request it makes. Any other foreign host is aborted, never contacted.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { settled, trackNetwork } from '../settled';

export { expect, settled };
export const ROOT = join(import.meta.dirname, '..', '..');
export const SHOP_DIR = join(ROOT, 'examples', 'shop');
export const SERVER = join(SHOP_DIR, 'server.mjs');
export const CONFIG = JSON.parse(readFileSync(join(SHOP_DIR, 'cookiegate.config.json'), 'utf8'));

/** The routing table shared with the shop's service worker. */
interface VendorRoutes {
  HOSTS: string[];
  isVendorHost(hostname: string): boolean;
  vendorOf(hostname: string): string | null;
  answer(url: URL): { file: string } | { status: number; contentType: string; body: string; base64?: boolean };
}
const sandbox: { shopVendors?: VendorRoutes } = {};
vm.runInNewContext(readFileSync(join(SHOP_DIR, 'public', 'vendor-routes.js'), 'utf8'), { self: sandbox, URL });
export const vendors = sandbox.shopVendors!;

/** Cookies that only a tracker sets (compliance.md §1.3 C1, plus the chat's visitor id). */
export const TRACKER_COOKIE = /^(_ga|_ga_.+|_gid|_gcl_.+|_fbp|_fbc|SL_C_.+|SL_L_.+|__zlcmid|IDE|test_cookie|fr)$/;
/** The non-necessary services of the shop's config. */
export const TRACKERS = ['google-analytics', 'google-ads', 'meta-pixel', 'smartlook'] as const;

/** A running demo server. */
export interface ShopServer {
  url: string;
  /** Temporary folder with the SQLite database, and the signing key in its keys/ subfolder (the demo's default ./keys: the process runs here). */
  dir: string;
  db: string;
  proc: ChildProcess;
  output: string[];
}

/** Starts `node examples/shop/server.mjs` on a free port with a fresh database in a temp folder. */
export async function startShopServer(env: Record<string, string> = {}): Promise<ShopServer> {
  const dir = mkdtempSync(join(tmpdir(), 'cookiegate-shop-'));
  const db = `sqlite:${join(dir, 'proofs.db')}`;
  // Its own copy of the config, which a test may edit (setRevision).
  const config = join(dir, 'cookiegate.config.json');
  copyFileSync(join(SHOP_DIR, 'cookiegate.config.json'), config);
  const proc = spawn(process.execPath, [SERVER], {
    cwd: dir,
    env: { ...process.env, PORT: '0', COOKIEGATE_DATA_DIR: dir, COOKIEGATE_DB: db, SHOP_CONFIG: config, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo server did not start:\n${output.join('')}`)), 20_000);
    const onData = (b: Buffer) => {
      output.push(b.toString());
      const m = /running at (http:\/\/localhost:\d+)/.exec(output.join(''));
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', (b: Buffer) => output.push(b.toString()));
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`demo server exited with ${code}:\n${output.join('')}`));
    });
  });
  return { url, dir, db, proc, output };
}

/**
 * Sets the revision in a running demo server's config file, as a shop owner raises it; the
 * server reads the file again. Returns a function that puts the shop's revision back.
 */
export function setRevision(s: ShopServer, revision: number): () => void {
  const file = join(s.dir, 'cookiegate.config.json');
  // Every category's purpose changed in that revision: every visitor is asked again about
  // everything (a raised revision alone asks only about what is new to them).
  const categories = Object.fromEntries(
    Object.entries(CONFIG.categories).map(([id, c]) => [id, c.required ? c : { ...c, purposeChanged: revision }]),
  );
  writeFileSync(file, JSON.stringify({ ...CONFIG, revision, categories }, null, 2));
  return () => writeFileSync(file, JSON.stringify(CONFIG, null, 2));
}

/** Stops a demo server with SIGTERM and waits for it; returns its exit code. */
export async function stopShopServer(s: ShopServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (s.proc.exitCode !== null) return s.proc.exitCode;
  const exited = new Promise<number | null>((r) => s.proc.once('exit', (code) => r(code)));
  s.proc.kill(signal);
  const timeout = setTimeout(() => s.proc.kill('SIGKILL'), 10_000);
  const code = await exited;
  clearTimeout(timeout);
  return code;
}

/** Runs the proof server's `verify` on a demo server's database. */
export function verifyDatabase(s: ShopServer): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, 'packages', 'server', 'dist', 'node', 'cli.js'),
      'verify',
      '--db',
      s.db,
      '--key-dir',
      join(s.dir, 'keys'),
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, COOKIEGATE_SIGNING_KEY: '' },
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A visitor's browser: every request recorded, vendor hosts answered by the stand-ins. */
export class Visitor {
  /** Every URL requested, in order (preload-scanner fetches, beacons and pixels included). */
  readonly requests: string[] = [];

  constructor(
    readonly context: BrowserContext,
    readonly origin: string,
  ) {}

  async install(): Promise<void> {
    this.context.on('request', (r) => this.requests.push(r.url()));
    await this.context.route(
      (url) => url.origin !== this.origin,
      async (route) => {
        const url = new URL(route.request().url());
        if (!vendors.isVendorHost(url.hostname)) return route.abort('blockedbyclient');
        const a = vendors.answer(url);
        if ('file' in a)
          return route.fulfill({
            body: readFileSync(join(SHOP_DIR, a.file)),
            contentType: 'text/javascript; charset=utf-8',
          });
        return route.fulfill({
          status: a.status,
          contentType: a.contentType,
          body: a.base64 ? Buffer.from(a.body, 'base64') : a.body,
        });
      },
    );
  }

  /** Requests to any host but the shop's own. */
  foreignRequests(): string[] {
    return this.requests.filter(
      (u) => !u.startsWith(this.origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'),
    );
  }

  /** Requests to vendor hosts (for the vendor `google`, `google-ads`, `meta`, `smartlook`, `zendesk`, or all). */
  vendorRequests(vendor?: string): string[] {
    return this.foreignRequests().filter((u) => {
      const h = new URL(u).hostname;
      return vendors.isVendorHost(h) && (!vendor || vendors.vendorOf(h) === vendor);
    });
  }

  /** Names of tracker cookies in the browser (HttpOnly and every domain included). */
  async trackerCookies(): Promise<string[]> {
    return (await this.context.cookies()).map((c) => c.name).filter((n) => TRACKER_COOKIE.test(n));
  }

  async cookieNames(): Promise<string[]> {
    return (await this.context.cookies()).map((c) => c.name).sort();
  }
}

/** The services whose stand-ins ran on the page (from the stand-ins' own reports). */
export const ranOn = (page: Page): Promise<string[]> =>
  page.evaluate(
    () =>
      [...new Set(((window as any).shopDemo?.ran ?? []).map((r: { vendor: string }) => r.vendor))].sort() as string[],
  );

/** The stored decision (null before one). */
export const consentOf = (page: Page) => page.evaluate(() => (window as any).cookiegate.getConsent());

/** Tracker keys in localStorage. */
export const trackerStorage = (page: Page): Promise<string[]> =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => /^(SL_|SMARTLOOK|_ga|_fb)/.test(k)));

/** Every key in localStorage and sessionStorage and every IndexedDB database (compliance.md §1.3 storage diff). */
export const allStorage = (page: Page): Promise<{ local: string[]; session: string[]; indexedDB: string[] }> =>
  page.evaluate(async () => ({
    local: Object.keys(localStorage).sort(),
    session: Object.keys(sessionStorage).sort(),
    indexedDB: ((await indexedDB.databases?.()) ?? []).map((d) => d.name ?? '').sort(),
  }));

/** The Google Consent Mode commands in dataLayer, in order (`['default', {...}]`, `['update', {...}]`), and whether a config/event came first. */
export const consentCommands = (
  page: Page,
): Promise<{ commands: [string, Record<string, string>][]; configBeforeDefault: boolean }> =>
  page.evaluate(() => {
    const commands: [string, Record<string, string>][] = [];
    let configBeforeDefault = false;
    for (const entry of ((window as any).dataLayer ?? []) as ArrayLike<unknown>[]) {
      const a = Array.from(entry as ArrayLike<any>);
      if (a[0] === 'consent') commands.push([a[1], a[2]]);
      else if ((a[0] === 'config' || a[0] === 'event') && !commands.length) configBeforeDefault = true;
    }
    return { commands, configBeforeDefault };
  });

export const GOOGLE_TYPES = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage'] as const;

/** The first-layer banner (a labelled region or dialog with the three choices). */
export const banner = (page: Page) => page.getByRole('button', { name: 'Avvisa alla', exact: true }).first();

/**
 * Accept all, reject all, or save exactly these choices, through the UI by role and name:
 * from the banner, or from the floating "Cookieinställningar" button on a page where the
 * visitor has decided before (two interactions for accept or reject).
 */
export async function decide(
  page: Page,
  choice: 'accept' | 'reject' | Record<string, boolean>,
  via: 'banner' | 'floating' = 'banner',
): Promise<void> {
  const stored = () =>
    page.evaluate(() => JSON.stringify((window as any).cookiegate?.getConsent?.() ?? null)).catch(() => 'navigating');
  const before = await stored();
  // The floating button (the footer's control has the same name).
  if (via === 'floating')
    await page.locator('cookiegate-ui').getByRole('button', { name: 'Cookieinställningar', exact: true }).click();
  const scope = via === 'floating' ? page.getByRole('dialog') : page;
  if (choice === 'accept') await scope.getByRole('button', { name: 'Acceptera alla', exact: true }).first().click();
  else if (choice === 'reject') await scope.getByRole('button', { name: 'Avvisa alla', exact: true }).first().click();
  else {
    // Customize: "Anpassa" on the banner opens the preferences; switch on exactly the named services; save.
    if (via === 'banner') await page.getByRole('button', { name: 'Anpassa', exact: true }).click();
    const dialog = page.getByRole('dialog');
    for (const id of Object.keys(CONFIG.services).filter(
      (id) => !CONFIG.categories[CONFIG.services[id].category]?.required,
    )) {
      const title = CONFIG.services[id].title.sv as string;
      const sw = dialog
        .getByRole('switch', { name: title, exact: true })
        .or(dialog.getByRole('checkbox', { name: title, exact: true }))
        .first();
      if ((await sw.isChecked()) !== !!choice[id]) await sw.click();
    }
    await dialog.getByRole('button', { name: /^Spara/ }).click();
  }
  // The click returns before the decision is stored (the write path loads on demand).
  await expect
    .poll(
      async () => {
        const now = await stored();
        return now !== before && now !== 'navigating';
      },
      { message: 'decision stored' },
    )
    .toBe(true);
}

type Fixtures = { visitor: Visitor };
type WorkerFixtures = { shopServer: ShopServer; shopEnv: Record<string, string> };

export const test = base.extend<Fixtures, WorkerFixtures>({
  // The server's own settings (SHOP_SNIPPETS, ...): `test.use({ shopEnv: {...} })` gets a server of its own.
  shopEnv: [{}, { scope: 'worker', option: true }],
  shopServer: [
    async ({ shopEnv }, use) => {
      const s = await startShopServer(shopEnv);
      await use(s);
      await stopShopServer(s);
      rmSync(s.dir, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 30_000 },
  ],
  // The journeys answer vendor hosts with routes; the shop's own service worker would
  // answer them before the routes could see them.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  serviceWorkers: async ({}, use) => use('block'),
  baseURL: async ({ shopServer }, use) => use(shopServer.url),
  // Automatic: no shop test can reach a real host, whether it looks at the requests or not.
  visitor: [
    async ({ context, shopServer }, use) => {
      trackNetwork(context);
      const v = new Visitor(context, shopServer.url);
      await v.install();
      await use(v);
    },
    { auto: true },
  ],
});
