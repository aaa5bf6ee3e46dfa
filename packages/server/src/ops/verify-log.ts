/**
 * Full audit of every site's log: recompute each leaf from its record, rebuild
 * the tree and compare with every stored node and the stored head, check every
 * tree head signature and root, and consistency between successive tree heads; and recount the
 * statistics' rollups from the live records.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { Frontier } from '../log/frontier.js';
import { consistencyProof, EMPTY_ROOT, hashLeaf, nodeKey, verifyConsistency } from '../log/merkle.js';
import { canonical } from '@cookiegate/protocol';
import type { ProofRecord } from '../log/record.js';
import type { ProofStore } from '../stores/types.js';
import { EVENT_SCHEMA, uncoveredTombstones, type LogEvent } from '../events/log-event.js';
import type { PublicKeyInfo } from '../keys/keyring.js';
import { keyIdOf, verifyTreeHead, type SignedTreeHead } from '../log/tree-head.js';
import { Recount, rollupProblem } from '../stats/recount.js';

/** One thing that does not match. */
export interface LogProblem {
  site: string;
  /** Log index of the record concerned, when known. */
  index?: number;
  recordId?: string;
  message: string;
}

/** Outcome of {@link verifyLog}. */
export interface LogVerification {
  ok: boolean;
  /** In log order per site; the first one names the first record that does not match. */
  problems: LogProblem[];
  records: number;
  tombstones: number;
  treeHeads: number;
}

const CHUNK = 4096;
const MAX_PROBLEMS = 100;

/** Head-signing keys by key id, with their validity (null: unbounded). */
type KeySet = Map<string, { key: KeyObject; from: number; until: number }>;

/** One pinned key (PEM or KeyObject), or the published list (`public-keys.json`, `GET /v1/public-keys`). */
export type HeadKeys = string | KeyObject | PublicKeyInfo[];

function keySet(keys: HeadKeys): KeySet {
  const list = Array.isArray(keys) ? keys : [{ publicKeyPem: keys, validFrom: null, validUntil: null }];
  const out: KeySet = new Map();
  for (const k of list) {
    const key = typeof k.publicKeyPem === 'string' ? createPublicKey(k.publicKeyPem) : k.publicKeyPem;
    out.set(keyIdOf(key), {
      key,
      from: k.validFrom ? Date.parse(k.validFrom) : -Infinity,
      until: k.validUntil ? Date.parse(k.validUntil) : Infinity,
    });
  }
  return out;
}

/**
 * @example
 * const res = await verifyLog(store, publicKeyPem); // or the list of every key with its validity
 * if (!res.ok) console.error(res.problems[0]);
 */
export async function verifyLog(
  store: ProofStore,
  publicKeys: HeadKeys,
  options: { heads?: SignedTreeHead[] } = {},
): Promise<LogVerification> {
  const key = keySet(publicKeys);
  const out: LogVerification = { ok: true, problems: [], records: 0, tombstones: 0, treeHeads: 0 };
  const problem = (p: LogProblem) => {
    if (out.problems.length < MAX_PROBLEMS) out.problems.push(p);
  };
  const sites = await store.sites();
  for (const site of sites)
    await verifySite(
      store,
      site,
      key,
      out,
      problem,
      (options.heads ?? []).filter((h) => h.site === site),
    );
  for (const h of options.heads ?? [])
    if (!sites.includes(h.site))
      problem({
        site: h.site,
        message: `exported tree head of size ${h.treeSize} at ${h.timestamp}: the database has no log for this site`,
      });
  out.ok = out.problems.length === 0;
  return out;
}

async function verifySite(
  store: ProofStore,
  site: string,
  keys: KeySet,
  out: LogVerification,
  problem: (p: LogProblem) => void,
  exportedHeads: SignedTreeHead[],
): Promise<void> {
  const read = store.nodeReader(site);
  // Heads published outside the database (verify --heads): held against the records themselves,
  // so deleting or re-signing the database's own heads does not hide a rewrite.
  const exported = exportedHeads
    .filter((sth) => {
      const k = keys.get(sth.keyId);
      const name = `exported tree head of size ${sth.treeSize} at ${sth.timestamp}`;
      if (!k) problem({ site, message: `${name}: signed by unknown key ${sth.keyId}` });
      else if (!verifyTreeHead(sth, k.key)) problem({ site, message: `${name}: bad signature` });
      else return true;
      return false;
    })
    .sort((a, b) => a.treeSize - b.treeSize);
  let x = 0;
  const heads = (await store.treeHeads(site)).slice().sort((a, b) => a.treeSize - b.treeSize);
  out.treeHeads += heads.length;
  for (const sth of heads) {
    const k = keys.get(sth.keyId);
    const name = `tree head of size ${sth.treeSize} at ${sth.timestamp}`;
    if (!k) problem({ site, message: `${name}: signed by unknown key ${sth.keyId}` });
    else if (!verifyTreeHead(sth, k.key)) problem({ site, message: `${name}: bad signature` });
    else if (!(Date.parse(sth.timestamp) >= k.from && Date.parse(sth.timestamp) < k.until))
      problem({ site, message: `${name}: signed by key ${sth.keyId} outside its validity` });
  }

  const f = new Frontier();
  let h = 0;
  const checkHeadsAt = (size: number) => {
    const root = size === 0 ? EMPTY_ROOT : f.root().toString('hex');
    for (; x < exported.length && exported[x]!.treeSize === size; x++)
      if (exported[x]!.rootHash !== root)
        problem({
          site,
          message: `exported tree head of size ${size} at ${exported[x]!.timestamp}: the log's first ${size} records do not match it (rewritten, reordered or replaced)`,
        });
    for (; h < heads.length && heads[h]!.treeSize === size; h++)
      if (heads[h]!.rootHash !== root)
        problem({ site, message: `tree head of size ${size} at ${heads[h]!.timestamp} does not match the records` });
  };
  checkHeadsAt(0);
  const tombstones: Parameters<typeof uncoveredTombstones>[0] = [];
  const events: Parameters<typeof uncoveredTombstones>[1] = [];
  const recount = new Recount();

  for (let from = 0; ; from += CHUNK) {
    const rows = await store.readRows(site, from, CHUNK);
    const emitted: Array<{ key: string; level: number; index: number; hash: Buffer }> = [];
    for (const row of rows) {
      if (row.index !== f.size) {
        problem({ site, index: f.size, message: `record at index ${f.size} is missing` });
        for (; x < exported.length; x++)
          if (exported[x]!.treeSize > f.size)
            problem({
              site,
              message: `exported tree head of size ${exported[x]!.treeSize} at ${exported[x]!.timestamp}: the log lacks record ${f.size} under it`,
            });
        return;
      }
      out.records++;
      if (row.body === null) {
        out.tombstones++;
        tombstones.push({ index: row.index, id: row.id, reason: row.tombstone, serverTime: row.serverTime });
      } else {
        const rec = checkRecord(site, row.index, row.id, row.body, row.leafHash, problem);
        if (rec) recount.add(rec);
        if (row.body.startsWith('{"actor":')) {
          const event = JSON.parse(row.body) as LogEvent;
          if (event.schema === EVENT_SCHEMA) events.push({ index: row.index, event });
        }
      }
      for (const n of f.append(Buffer.from(row.leafHash, 'hex'))) emitted.push({ key: nodeKey(n), ...n });
      checkHeadsAt(f.size);
    }
    if (emitted.length) {
      const stored = await read(emitted);
      for (const n of emitted) {
        const s = stored.get(n.key);
        if (!s || !s.equals(n.hash)) {
          const first = n.index * 2 ** n.level;
          problem({
            site,
            index: first,
            message: `stored tree node over records ${first}..${first + 2 ** n.level - 1} does not match them`,
          });
        }
      }
    }
    if (rows.length < CHUNK) break;
  }

  const head = await store.head(site);
  if (head.size !== f.size) problem({ site, message: `log head says ${head.size} records, found ${f.size}` });
  else if (head.rootHash !== (f.size ? f.root().toString('hex') : EMPTY_ROOT))
    problem({ site, message: 'stored log root does not match the records' });
  for (; h < heads.length; h++)
    problem({
      site,
      message: `tree head of size ${heads[h]!.treeSize} is beyond the ${f.size} records in the log (records removed?)`,
    });
  for (; x < exported.length; x++)
    problem({
      site,
      message: `exported tree head of size ${exported[x]!.treeSize} at ${exported[x]!.timestamp}: the log has only ${f.size} records (truncated)`,
    });

  for (const message of uncoveredTombstones(tombstones, events)) problem({ site, message });
  const rollups = rollupProblem(recount.differences(await store.rollupRows(site)));
  if (rollups) problem({ site, message: rollups });
  await checkConsistency(site, heads, read, problem);
}

function checkRecord(
  site: string,
  index: number,
  id: string,
  body: string,
  leafHash: string,
  problem: (p: LogProblem) => void,
): ProofRecord | undefined {
  let rec: ProofRecord;
  try {
    rec = JSON.parse(body) as ProofRecord;
  } catch {
    problem({ site, index, recordId: id, message: `record ${id} at index ${index}: body is not JSON` });
    return undefined;
  }
  if (hashLeaf(canonical(rec)).toString('hex') !== leafHash)
    problem({
      site,
      index,
      recordId: id,
      message: `record ${id} at index ${index}: content does not match its leaf hash`,
    });
  else if (rec.index !== index || rec.site !== site || rec.id !== id)
    problem({
      site,
      index,
      recordId: id,
      message: `record ${id} at index ${index}: stored position differs from its content`,
    });
  return rec;
}

async function checkConsistency(
  site: string,
  heads: SignedTreeHead[],
  read: ReturnType<ProofStore['nodeReader']>,
  problem: (p: LogProblem) => void,
): Promise<void> {
  for (let i = 1; i < heads.length; i++) {
    const a = heads[i - 1]!;
    const b = heads[i]!;
    if (a.treeSize === b.treeSize) {
      if (a.rootHash !== b.rootHash) problem({ site, message: `two tree heads of size ${a.treeSize} disagree` });
      continue;
    }
    try {
      const proof = await consistencyProof(read, a.treeSize, b.treeSize);
      if (!verifyConsistency(a.treeSize, b.treeSize, a.rootHash, b.rootHash, proof))
        problem({ site, message: `tree head of size ${b.treeSize} is not consistent with size ${a.treeSize}` });
    } catch (err) {
      problem({ site, message: `cannot prove ${a.treeSize} → ${b.treeSize}: ${(err as Error).message}` });
    }
  }
}
