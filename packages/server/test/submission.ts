/** A valid proof submission as the SDK sends it, for tests that post over real HTTP. */
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { newChainBody } from './chain-signer.js';

export const SITE = 'https://shop.example';

/**
 * A proof body as the SDK builds it, unsigned and without a consent id (sign it with a `TestChain`).
 * @example await post(new TestChain().first(proofBody({ action: 'reject_all' })));
 */
export const proofBody = (overrides: Record<string, unknown> = {}) => ({
  action: 'accept_all',
  surface: 'banner',
  decisions: { analytics: true },
  revision: 1,
  shownHash: 'f'.repeat(64),
  locale: 'en-GB',
  sdkVersion: '1.0.0',
  gpc: false,
  page: `${SITE}/`,
  clientTime: new Date().toISOString(),
  ...overrides,
});

/**
 * The first record of a new chain (its own key, `chainKey` and `sig`), with `overrides` applied before signing.
 * @example await fetch(`${url}/v1/proofs`, postInit(submission({ action: 'reject_all' })));
 */
export function submission(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return newChainBody(proofBody({ consentId: randomUUID(), ...overrides }));
}

/** `fetch` options posting one submission from the site's origin. */
export function postInit(
  body: Record<string, unknown> = submission(),
  headers: Record<string, string> = {},
): RequestInit {
  return {
    method: 'POST',
    headers: { origin: SITE, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  };
}

export interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * One HTTP request with node:http from a chosen loopback address (fetch cannot choose it):
 * 127.0.1.x is another /24 network than 127.0.0.1 for the server's limits.
 */
export function requestFrom(
  url: string,
  localAddress: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...opts.headers };
    if (opts.body !== undefined) headers['content-length'] = Buffer.byteLength(opts.body);
    const req = request(url, { method: opts.method ?? 'GET', localAddress, agent: false, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, body: text, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** POST one proof (a fresh submission unless `body` is given) from `localAddress`. */
export function postFrom(
  url: string,
  localAddress: string,
  headers: Record<string, string> = {},
  body = JSON.stringify(submission()),
): Promise<Answer> {
  return requestFrom(`${url}/v1/proofs`, localAddress, {
    method: 'POST',
    body,
    headers: { origin: SITE, 'content-type': 'application/json', ...headers },
  });
}
