/**
 * The proof server under test: the built `@cookiegate/server` (dist/, with the built dashboard)
 * on a free loopback port, a fresh SQLite database and a stats token, seeded through the real
 * `POST /v1/proofs` with signed chains as the SDK sends them.
 */
import { serve, type RunningServer, type ServeOptions } from '@cookiegate/server';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestChain } from '../../packages/server/test/chain-signer';

export const SITE = 'https://shop.example';

/** A running server and its stats token. */
export interface StatsServer {
  url: string;
  token: string;
  srv: RunningServer;
  close(): Promise<void>;
}

/** Starts the built server with a stats token (and an admin token, which the dashboard does not need). */
export async function startStatsServer(): Promise<StatsServer> {
  const dir = mkdtempSync(join(tmpdir(), 'cookiegate-dashboard-'));
  const token = randomBytes(24).toString('base64url');
  const options: ServeOptions = {
    port: 0,
    host: '127.0.0.1',
    db: `sqlite:${join(dir, 'proofs.db')}`,
    keyDir: join(dir, 'keys'),
    origins: [SITE],
    statsToken: token,
    adminToken: randomBytes(24).toString('base64url'),
    rateLimit: false,
    newChains: false,
    handleSignals: false,
  };
  const srv = await serve(options);
  return {
    url: `http://127.0.0.1:${srv.port}`,
    token,
    srv,
    close: async () => {
      await srv.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One decision to record: what the visitor did, where, in which language, on which page. */
export interface Seed {
  action: 'accept_all' | 'reject_all' | 'custom' | 'withdraw';
  surface: 'banner' | 'preferences' | 'floating';
  locale: string;
  path: string;
  decisions: Record<string, boolean>;
  gpc?: boolean;
  /** A later record of the chain of the seed at this index (a withdrawal after a choice). */
  after?: number;
}

const YES = { analytics: true, marketing: true };
const NO = { analytics: false, marketing: false };
const repeat = (n: number, s: Seed): Seed[] => Array.from({ length: n }, () => ({ ...s }));

/** The seeded decisions: every kind the dashboard shows, in uneven numbers. */
export const SEEDS: Seed[] = [
  ...repeat(7, { action: 'accept_all', surface: 'banner', locale: 'sv', path: '/', decisions: YES }),
  ...repeat(2, { action: 'reject_all', surface: 'banner', locale: 'en', path: '/checkout', decisions: NO }),
  ...repeat(2, { action: 'reject_all', surface: 'banner', locale: 'en', path: '/checkout', decisions: NO, gpc: true }),
  ...repeat(3, {
    action: 'custom',
    surface: 'preferences',
    locale: 'sv',
    path: '/',
    decisions: { analytics: true, marketing: false },
  }),
  { action: 'withdraw', surface: 'floating', locale: 'sv', path: '/products', decisions: NO, after: 0 },
  { action: 'withdraw', surface: 'floating', locale: 'sv', path: '/products', decisions: NO, after: 1 },
];

/** Banners shown and left without a decision (`POST /v1/impressions`, as the SDK sends them). */
export const IMPRESSIONS = [{ locale: 'sv' }, { locale: 'sv' }, { locale: 'sv' }, { locale: 'en' }];

/**
 * Posts every seed as the SDK would (a new signed chain, or the next record of an earlier
 * one), then the impressions.
 */
export async function seed(url: string, seeds: Seed[] = SEEDS): Promise<void> {
  const chains: TestChain[] = [];
  for (const [i, s] of seeds.entries()) {
    const chain = s.after === undefined ? new TestChain(randomUUID()) : chains[s.after]!;
    chains[i] = chain;
    const body = {
      consentId: chain.consentId,
      action: s.action,
      surface: s.surface,
      decisions: s.decisions,
      revision: 1,
      shownHash: 'f'.repeat(64),
      locale: s.locale,
      sdkVersion: '1.0.0',
      gpc: s.gpc ?? false,
      page: `${SITE}${s.path}`,
      clientTime: new Date().toISOString(),
    };
    const signed = s.after === undefined ? chain.first(body) : chain.next(body);
    const res = await fetch(`${url}/v1/proofs`, {
      method: 'POST',
      headers: { origin: SITE, 'content-type': 'application/json' },
      body: JSON.stringify(signed),
    });
    if (res.status !== 201) throw new Error(`seed ${i}: ${res.status} ${await res.text()}`);
  }
  for (const impression of IMPRESSIONS) {
    const res = await fetch(`${url}/v1/impressions`, {
      method: 'POST',
      headers: { origin: SITE, 'content-type': 'application/json' },
      body: JSON.stringify(impression),
    });
    if (res.status !== 204) throw new Error(`impression: ${res.status} ${await res.text()}`);
  }
}
