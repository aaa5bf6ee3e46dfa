/**
 * Full audit of every site's log: recompute each leaf from its record, rebuild
 * the tree and compare with every stored node and the stored head, check every
 * tree head signature and root, and consistency between successive tree heads.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { Frontier } from '../log/frontier.js';
import { consistencyProof, EMPTY_ROOT, hashLeaf, nodeKey, verifyConsistency } from '../log/merkle.js';
import { canonical } from '@cookiegate/protocol';
import type { ProofRecord } from '../log/record.js';
import type { ProofStore } from '../stores/types.js';
import { verifyTreeHead, type SignedTreeHead } from '../log/tree-head.js';

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

/**
 * @example
 * const res = await verifyLog(store, publicKeyPem);
 * if (!res.ok) console.error(res.problems[0]);
 */
export async function verifyLog(store: ProofStore, publicKey: string | KeyObject): Promise<LogVerification> {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  const out: LogVerification = { ok: true, problems: [], records: 0, tombstones: 0, treeHeads: 0 };
  const problem = (p: LogProblem) => {
    if (out.problems.length < MAX_PROBLEMS) out.problems.push(p);
  };
  for (const site of await store.sites()) await verifySite(store, site, key, out, problem);
  out.ok = out.problems.length === 0;
  return out;
}

async function verifySite(
  store: ProofStore,
  site: string,
  key: KeyObject,
  out: LogVerification,
  problem: (p: LogProblem) => void,
): Promise<void> {
  const read = store.nodeReader(site);
  const heads = (await store.treeHeads(site)).slice().sort((a, b) => a.treeSize - b.treeSize);
  out.treeHeads += heads.length;
  for (const sth of heads)
    if (!verifyTreeHead(sth, key)) problem({ site, message: `tree head of size ${sth.treeSize} at ${sth.timestamp}: bad signature` });

  const f = new Frontier();
  let h = 0;
  const checkHeadsAt = (size: number) => {
    const root = size === 0 ? EMPTY_ROOT : f.root().toString('hex');
    for (; h < heads.length && heads[h]!.treeSize === size; h++)
      if (heads[h]!.rootHash !== root)
        problem({ site, message: `tree head of size ${size} at ${heads[h]!.timestamp} does not match the records` });
  };
  checkHeadsAt(0);

  for (let from = 0; ; from += CHUNK) {
    const rows = await store.readRows(site, from, CHUNK);
    const emitted: Array<{ key: string; level: number; index: number; hash: Buffer }> = [];
    for (const row of rows) {
      if (row.index !== f.size) {
        problem({ site, index: f.size, message: `record at index ${f.size} is missing` });
        return;
      }
      out.records++;
      if (row.body === null) out.tombstones++;
      else checkRecord(site, row.index, row.id, row.body, row.leafHash, problem);
      for (const n of f.append(Buffer.from(row.leafHash, 'hex'))) emitted.push({ key: nodeKey(n), ...n });
      checkHeadsAt(f.size);
    }
    if (emitted.length) {
      const stored = await read(emitted);
      for (const n of emitted) {
        const s = stored.get(n.key);
        if (!s || !s.equals(n.hash)) {
          const first = n.index * 2 ** n.level;
          problem({ site, index: first, message: `stored tree node over records ${first}..${first + 2 ** n.level - 1} does not match them` });
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
    problem({ site, message: `tree head of size ${heads[h]!.treeSize} is beyond the ${f.size} records in the log (records removed?)` });

  await checkConsistency(site, heads, read, problem);
}

function checkRecord(
  site: string,
  index: number,
  id: string,
  body: string,
  leafHash: string,
  problem: (p: LogProblem) => void,
): void {
  let rec: ProofRecord;
  try {
    rec = JSON.parse(body) as ProofRecord;
  } catch {
    problem({ site, index, recordId: id, message: `record ${id} at index ${index}: body is not JSON` });
    return;
  }
  if (hashLeaf(canonical(rec)).toString('hex') !== leafHash)
    problem({ site, index, recordId: id, message: `record ${id} at index ${index}: content does not match its leaf hash` });
  else if (rec.index !== index || rec.site !== site || rec.id !== id)
    problem({ site, index, recordId: id, message: `record ${id} at index ${index}: stored position differs from its content` });
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
