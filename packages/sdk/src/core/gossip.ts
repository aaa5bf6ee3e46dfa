/**
 * Gossip, as Certificate Transparency clients do: the SDK keeps the newest signed tree head
 * it has seen in a receipt for its consent id (localStorage), and checks every later
 * receipt's head against it, with the server's consistency proof
 * (`GET /v1/consistency?site=&from=&to=`). A log that dropped or rewrote records a head
 * already covered cannot prove consistency; `cookiegate.receipt()` says so. A head is kept
 * only when its Ed25519 signature verifies under the log's key (head-signature.ts).
 */
import { verifyConsistency } from './consistency';
import { headSignatureProblem, type LogKey, type SignedHead } from './head-signature';

/** A tree head as receipts carry it (its other fields are kept as they came). */
type Head = SignedHead;

/**
 * What `cookiegate.receipt()` says about the receipt's tree heads: `first` (none seen
 * before for this consent id), `consistent` (with the head seen before), `inconsistent`
 * (the log cannot prove the head seen before is part of it: `reason` says why, `seen` is
 * that head), or `unchecked` (no consistency proof to be had now: offline, or a server
 * without `/v1/consistency`).
 */
export interface Consistency {
  status: 'first' | 'consistent' | 'inconsistent' | 'unchecked';
  reason?: string;
  seen?: Head;
}

const KEY = 'cookiegate:heads';
const RANK = ['first', 'consistent', 'unchecked', 'inconsistent'];

const load = (id: string): Record<string, Head> => {
  try {
    const s = JSON.parse(localStorage.getItem(KEY) || 'null');
    return s?.id == id ? s.heads : {};
  } catch {
    return {};
  }
};

/** A route of the proof server beside the proofs endpoint (`/v1/proofs` → `/v1/<name>`). */
function sibling(endpoint: string, name: string, query?: Record<string, string>): URL {
  const url = new URL(endpoint.replace(/\/?$/, ''), location.href);
  url.pathname = url.pathname.replace(/[^/]*$/, name);
  if (query) url.search = new URLSearchParams(query) + '';
  return url;
}

/** The log's public keys (`GET /v1/public-keys`), or why there are none to be had. */
async function logKeys(endpoint: string): Promise<LogKey[] | string> {
  try {
    const res = await fetch(sibling(endpoint, 'public-keys'), { credentials: 'omit' });
    if (!res.ok) return 'no public keys to check the tree head with: ' + res.status;
    const { keys } = await res.json();
    return Array.isArray(keys) ? keys : 'no public keys to check the tree head with';
  } catch {
    return 'no public keys to check the tree head with: offline';
  }
}

/** Checks one head against the one seen before; resolves with the head to keep. */
async function check(endpoint: string, seen: Head, head: Head): Promise<[Consistency, Head]> {
  const [a, b] = seen.treeSize <= head.treeSize ? [seen, head] : [head, seen];
  const bad = (reason: string): [Consistency, Head] => [{ status: 'inconsistent', reason, seen }, seen];
  if (a.treeSize == b.treeSize)
    return a.rootHash == b.rootHash
      ? [{ status: 'consistent' }, seen]
      : bad(`two different roots for size ${a.treeSize}`);
  let res: Response;
  try {
    res = await fetch(
      sibling(endpoint, 'consistency', { site: head.site, from: '' + a.treeSize, to: '' + b.treeSize }),
      { credentials: 'omit' },
    );
  } catch {
    return [{ status: 'unchecked', reason: 'no consistency proof: offline' }, seen];
  }
  if (res.status == 404 || res.status == 429 || res.status >= 500)
    return [{ status: 'unchecked', reason: 'no consistency proof: ' + res.status }, seen];
  const body = await res.json().catch(() => ({}));
  if (!res.ok)
    return bad(
      `the log cannot prove size ${a.treeSize} is part of size ${b.treeSize}: ${res.status} ${body.error || ''}`.trim(),
    );
  return (await verifyConsistency(a.treeSize, b.treeSize, a.rootHash, b.rootHash, body.proof))
    ? [{ status: 'consistent' }, b]
    : bad(`the consistency proof from size ${a.treeSize} to ${b.treeSize} does not check out`);
}

/**
 * Checks a receipt's tree heads against those seen before for the consent id and keeps the
 * newest consistent ones (an inconsistent one never replaces what was seen).
 *
 * @example
 * const consistency = await gossip('/v1/proofs', id, receipt.treeHeads);
 */
export async function gossip(endpoint: string, id: string, heads: readonly Head[] = []): Promise<Consistency> {
  const kept = load(id);
  let worst: Consistency = { status: 'first' };
  const keys = heads.length ? await logKeys(endpoint) : [];
  for (const h of heads) {
    const seen = kept[h.site];
    // A head is kept only when signed by the log's key (undefined: this browser cannot check
    // Ed25519, so the head is treated as before signatures were checked).
    const problem = typeof keys == 'string' ? keys : await headSignatureProblem(h, keys);
    const [c, keep]: [Consistency, Head | undefined] =
      typeof keys == 'string'
        ? [{ status: 'unchecked', reason: keys }, seen]
        : problem
          ? [{ status: 'inconsistent', reason: problem, seen }, seen]
          : seen
            ? await check(endpoint, seen, h)
            : [{ status: 'first' }, h];
    if (keep) kept[h.site] = keep;
    if (RANK.indexOf(c.status) > RANK.indexOf(worst.status)) worst = c;
  }
  try {
    localStorage.setItem(KEY, JSON.stringify({ id, heads: kept }));
  } catch {
    // Storage disabled: every receipt is the first.
  }
  return worst;
}
