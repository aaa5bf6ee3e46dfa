/**
 * The witness: a separate process, with its own key, ideally run by someone else. It fetches a
 * log's newest signed heads, checks each against the last head it cosigned for that site with an
 * RFC 9162 consistency proof from `GET /v1/consistency`, cosigns the heads that extend what it
 * saw, posts the cosignatures to the log, and keeps its state (the log's keys as first seen, the
 * newest cosigned head per site) in a file. It never cosigns a head that does not extend the
 * previous one, and says so.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { verifyConsistency } from '../log/merkle.js';
import { verifyTreeHead, type SignedTreeHead } from '../log/tree-head.js';
import { cosign } from './cosignature.js';

/** What the witness remembers between runs. */
export interface WitnessState {
  /** The log's head-signing keys, keyId → SPKI PEM, as first seen (trust on first use). */
  logKeys: Record<string, string>;
  /** Newest cosigned head per site. */
  heads: Record<string, SignedTreeHead>;
}

/** Outcome for one site in one round. */
export type WitnessResult =
  | { site: string; status: 'cosigned'; treeSize: number }
  | { site: string; status: 'unchanged'; treeSize: number }
  | { site: string; status: 'refused'; problem: string };

/**
 * One round against `logUrl`; the state file is updated for every head cosigned.
 * @example const results = await witnessOnce('https://proofs.shop.example', witnessKey, './witness-state.json');
 */
export async function witnessOnce(logUrl: string, key: KeyObject, statePath: string): Promise<WitnessResult[]> {
  const base = new URL(logUrl);
  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(new URL(path, base));
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const state: WitnessState = existsSync(statePath)
    ? (JSON.parse(readFileSync(statePath, 'utf8')) as WitnessState)
    : { logKeys: {}, heads: {} };
  if (Object.keys(state.logKeys).length === 0) {
    const { keys } = await get<{ keys: Array<{ keyId: string; publicKeyPem: string }> }>('/v1/public-keys');
    for (const k of keys) state.logKeys[k.keyId] = k.publicKeyPem;
  }
  const save = () => {
    writeFileSync(`${statePath}.tmp`, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
    renameSync(`${statePath}.tmp`, statePath);
  };
  const { treeHeads } = await get<{ treeHeads: SignedTreeHead[] }>('/v1/tree-head');
  const results: WitnessResult[] = [];
  for (const head of treeHeads) {
    const site = head.site;
    const refuse = (problem: string) => results.push({ site, status: 'refused', problem });
    let pem = state.logKeys[head.keyId];
    if (!pem) {
      // A rotated log key: accepted only when the log lists it (the witness's operator should check the list).
      const { keys } = await get<{ keys: Array<{ keyId: string; publicKeyPem: string }> }>('/v1/public-keys');
      pem = keys.find((k) => k.keyId === head.keyId)?.publicKeyPem;
      if (!pem) {
        refuse(`head of size ${head.treeSize} is signed by an unknown key ${head.keyId}`);
        continue;
      }
      state.logKeys[head.keyId] = pem;
    }
    if (!verifyTreeHead(head, createPublicKey(pem))) {
      refuse(`head of size ${head.treeSize}: bad signature`);
      continue;
    }
    const prev = state.heads[site];
    if (prev && head.treeSize < prev.treeSize) {
      refuse(
        `head of size ${head.treeSize} is smaller than the cosigned head of size ${prev.treeSize} (log truncated or rolled back)`,
      );
      continue;
    }
    if (prev && head.treeSize === prev.treeSize) {
      if (head.rootHash !== prev.rootHash) refuse(`two different heads of size ${head.treeSize} (a fork)`);
      else results.push({ site, status: 'unchanged', treeSize: head.treeSize });
      if (head.rootHash !== prev.rootHash || head.timestamp === prev.timestamp) continue;
    } else if (prev && prev.treeSize > 0) {
      const q = new URLSearchParams({ site, from: String(prev.treeSize), to: String(head.treeSize) });
      const { proof } = await get<{ proof: string[] }>(`/v1/consistency?${q}`);
      if (!verifyConsistency(prev.treeSize, head.treeSize, prev.rootHash, head.rootHash, proof)) {
        refuse(
          `head of size ${head.treeSize} is not consistent with the cosigned head of size ${prev.treeSize} (history rewritten)`,
        );
        continue;
      }
    }
    const res = await fetch(new URL('/v1/cosignatures', base), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(cosign(head, key)),
    });
    if (!res.ok) {
      refuse(`the log did not take the cosignature: HTTP ${res.status} ${await res.text()}`);
      continue;
    }
    state.heads[site] = head;
    save();
    if (!results.some((r) => r.site === site)) results.push({ site, status: 'cosigned', treeSize: head.treeSize });
  }
  save();
  return results;
}
