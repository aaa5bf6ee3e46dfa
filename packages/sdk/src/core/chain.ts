/**
 * Chain binding (write path only): per consent id an ECDSA P-256 key pair that only this
 * browser holds (WebCrypto, private key not extractable), kept in IndexedDB (database
 * `cookiegate`, store `keys`, key = the consent id). The first record of a chain carries
 * the public key (`chainKey`), every record a signature (`sig`) over its canonical JSON,
 * so that nobody else can write into the chain. Where the key is gone (storage cleared,
 * another device, no IndexedDB) a new consent id starts: an unsigned record never goes
 * into an old chain.
 */
import { canonical } from './proof';

/** The public part of a chain key, as the proof server stores it. */
export interface ChainKey {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

/** A chain this page can sign for; `chainKey` until the first record of a new chain is signed. */
export interface Chain {
  id: string;
  keys: CryptoKeyPair;
  chainKey?: ChainKey;
}

const STORE = 'keys';
const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' };

let db: Promise<IDBDatabase> | undefined;

const done = <T>(r: IDBRequest<T> | IDBTransaction, value: () => T): Promise<T> =>
  new Promise((resolve, reject) => {
    (r as IDBRequest).onsuccess = (r as IDBTransaction).oncomplete = () => resolve(value());
    r.onerror = () => reject(r.error);
    if ('onabort' in r) r.onabort = () => reject(r.error);
  });

const open = () => {
  if (!db) {
    const r = indexedDB.open('cookiegate', 1);
    r.onupgradeneeded = () => r.result.createObjectStore(STORE);
    db = done(r, () => r.result);
    db.catch(() => (db = undefined));
  }
  return db;
};

/** Runs one request in a transaction and resolves once the transaction is complete. */
async function store<T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const tx = (await open()).transaction(STORE, mode);
  const r = f(tx.objectStore(STORE));
  return done(tx, () => r.result);
}

// One chain per consent id and page: a second record of a new chain must not start yet
// another one (the id asked for and the new id both lead to it).
const chains = new Map<string, Promise<Chain>>();

/**
 * The chain to write a record of consent id `id` into: the stored key of that id, or, when
 * there is none (or no id yet), a new consent id with a new key whose public part the
 * record carries. Rejects only where the browser cannot make a key (no WebCrypto, e.g. a
 * page not served over https): then no proof can be sent.
 *
 * @example
 * const chain = await chainFor(state.id); // chain.id is the consent id to store and send
 */
export function chainFor(id: string | undefined, newId: () => string): Promise<Chain> {
  if (!id) return chains.get(startChain(newId()))!;
  let c = chains.get(id);
  if (!c) {
    const made = (c = resolve(id, newId));
    chains.set(id, made);
    made.then(
      (x) => chains.set(x.id, made),
      () => chains.delete(id),
    );
  }
  return c;
}

/**
 * Starts a chain under a new consent id at once: the key is made while the decision is
 * stored (a first decision waits for no key), and the id's first record waits for it.
 *
 * @example
 * const id = startChain(crypto.randomUUID()); // store the decision under id; chainFor(id) signs
 */
export function startChain(id: string): string {
  const c = create(id);
  // Where no key can be made, the proof reports it (decide.ts); nothing is left unhandled.
  c.catch(() => {});
  chains.set(id, c);
  return id;
}

async function resolve(id: string, newId: () => string): Promise<Chain> {
  const keys = await store('readonly', (s) => s.get(id) as IDBRequest<CryptoKeyPair | undefined>).catch(
    () => undefined,
  );
  return keys ? { id, keys } : create(newId());
}

async function create(next: string): Promise<Chain> {
  const fresh = await crypto.subtle.generateKey(ECDSA, false, ['sign', 'verify']);
  // Without IndexedDB the key lives as long as the page: the next page starts another chain.
  await store('readwrite', (s) => s.put(fresh, next)).catch(() => {});
  const { x, y } = await crypto.subtle.exportKey('jwk', fresh.publicKey);
  return { id: next, keys: fresh, chainKey: { kty: 'EC', crv: 'P-256', x: x!, y: y! } };
}

const b64url = (b: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(b)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/**
 * Signs a record for its chain: adds `chainKey` to the first record signed for a new chain
 * (callers sign a chain's records in order), and
 * `sig`, the base64url IEEE P1363 ECDSA P-256 / SHA-256 signature of the canonical JSON of
 * everything else.
 *
 * @example
 * const body = await signRecord(chain, proof); // { ...proof, chainKey?, sig }
 */
export async function signRecord<T extends object>(
  chain: Chain,
  record: T,
): Promise<T & { chainKey?: ChainKey; sig: string }> {
  const unsigned = chain.chainKey ? { ...record, chainKey: chain.chainKey } : record;
  const data = new TextEncoder().encode(canonical(unsigned));
  const sig = b64url(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, chain.keys.privateKey, data));
  delete chain.chainKey;
  return { ...unsigned, sig };
}
