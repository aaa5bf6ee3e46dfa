#!/usr/bin/env node
/**
 * `cookiegate-server` command line: serve, verify, stats, purge, export, erase.
 * Every flag can also be set by an environment variable.
 */
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UUID } from '@cookiegate/protocol';
import { userInfo } from 'node:os';
import { tombstoneWithEvents } from '../events/log-event.js';
import { headLines, parseHeadLines } from '../heads/heads-file.js';
import { exportConsent } from '../ops/export.js';
import { parseIpHmacKeys } from '../http/ip.js';
import type { RateLimitOptions } from '../http/rate-limit.js';
import { parseTrustProxy } from '../http/trust-proxy.js';
import { serve, serverKeyring } from './serve.js';
import { existsSync, writeFileSync } from 'node:fs';
import { DEFAULT_DB, openStore } from './open-store.js';
import { loadKeyring, publicKeysFile, readKeyFile, rotateKeys, type PublicKeyInfo } from '../keys/keyring.js';
import { keyIdOf } from '../log/tree-head.js';
import { witnessOnce } from '../witness/witness.js';
import { verifyLog } from '../ops/verify-log.js';
import { readFileSync } from 'node:fs';
import { statsCommand } from './stats-command.js';

const HELP = `cookiegate-server — consent-proof server (append-only, tamper-evident)

Usage:
  cookiegate-server serve  [--port 8787] [--db sqlite:./data/proofs.db | postgres://…] [--origin https://shop.example …]
                           the proof API under /v1/, and the statistics dashboard at /dashboard
                           (its page asks for the stats or admin token; /dashboard#token=…&site=… fills both in)
  cookiegate-server verify [--db …] [--heads heads.jsonl] [--public-keys public-keys.json | --public-key key.pem]
                           (also recounts the statistics from the log: fails naming each count that differs)
  cookiegate-server stats  [--db …] --site https://shop.example [--from 2026-11-08] [--to 2026-12-07]
                           [--by day|week] [--format json|csv]   consent statistics (default: last 30 days)
  cookiegate-server stats rebuild [--db …]   recount the statistics from the log
  cookiegate-server heads  [--db …] [--site https://shop.example]   every signed tree head, one JSON line each
  cookiegate-server witness --log <url> --key witness-key.pem --state witness-state.json [--interval 60] [--once]
                           another process, its own key: checks the log's new heads against the last it
                           cosigned (RFC 9162 consistency), cosigns and posts them; exit 1 on --once if any refused
  cookiegate-server keys rotate [--key-dir ./keys]   retire the signing key, make a new one (restart serve)
  cookiegate-server keys list   [--key-dir ./keys]   every key with its validity (as GET /v1/public-keys)
  cookiegate-server purge  [--db …] [--retention-days 1460 | --before 2024-01-01T00:00:00Z]
  cookiegate-server export <consentId> [--db …]
  cookiegate-server erase  <consentId> [--db …]

Options (environment variable in brackets):
  --port <n>               HTTP port, default 8787                          [COOKIEGATE_PORT]
  --host <addr>            interface to bind, default all                   [COOKIEGATE_HOST]
  --db <spec>              sqlite:<file> (default ${DEFAULT_DB}) or postgres://user:pass@host/db
                                                                            [COOKIEGATE_DB]
  --origin <url>           allowed site origin, repeatable                  [COOKIEGATE_ORIGINS, comma-separated]
  --admin-token <token>    bearer token for /v1/admin/* (disabled without)  [COOKIEGATE_ADMIN_TOKEN]
  --stats-token <token>    read-only bearer token for GET /v1/stats and the dashboard at /dashboard,
                           at least 32 characters (the admin token works too; without either,
                           stats are off and the dashboard cannot log in)
                                                                            [COOKIEGATE_STATS_TOKEN]
  --trust-proxy <n|addrs>  read the client IP from X-Forwarded-For, trusting only your proxies:
                           n = n proxies in front (the n-th entry from the right), or their
                           addresses/CIDRs, comma-separated (10.0.0.0/8,fd00::/8); default off
                                                                            [COOKIEGATE_TRUST_PROXY]
  --key-dir <dir>          folder of signing-key.pem (mode 0600) and public-keys.json, default ./keys;
                           serve refuses a key in the SQLite database's folder  [COOKIEGATE_KEY_DIR]
                           (--data-dir, COOKIEGATE_DATA_DIR: former names)
  --allow-key-beside-db    accept a signing key in the database's folder    [COOKIEGATE_ALLOW_KEY_BESIDE_DB=true]
  --signing-key-file <f>   Ed25519 PKCS#8 PEM key file (mode 0600)          [COOKIEGATE_SIGNING_KEY_FILE]
                           (or the PEM itself in COOKIEGATE_SIGNING_KEY; generated on first serve if absent)
  --public-keys <f>        verify: every head key with its validity (JSON list, as GET /v1/public-keys
                           gives under "keys"; default: public-keys.json of --key-dir)
                                                                            [COOKIEGATE_PUBLIC_KEYS_FILE]
  --public-key <f>         verify: one pinned SPKI PEM public key instead    [COOKIEGATE_PUBLIC_KEY_FILE]
  --rate-limit <b/s|off>   proofs per IP prefix: burst/perSecond, 60/10     [COOKIEGATE_RATE_LIMIT]
  --read-rate-limit <b/s|off>  receipts and tree heads per IP prefix, 60/10 [COOKIEGATE_READ_RATE_LIMIT]
  --admin-rate-limit <b/s|off> failed admin-token attempts per IP prefix, 5/0.01 (one per 100 s)
                                                                            [COOKIEGATE_ADMIN_RATE_LIMIT]
  --new-chains-per-site-day <n|off>
                           new consent chains per site and UTC day, default 200000; over it: 429,
                           reported once a day on the log           [COOKIEGATE_NEW_CHAINS_PER_SITE_DAY]
  --new-chains-per-prefix <n|off>
                           new consent chains per IP prefix (/24, /48) and hour, default 300;
                           over it: 429, reported on the log        [COOKIEGATE_NEW_CHAINS_PER_PREFIX]
  --no-ip                  store neither IP prefix nor IP HMAC              [COOKIEGATE_STORE_IP=false]
  --retention-days <n>     purge records older than this, default 1460      [COOKIEGATE_RETENTION_DAYS]
  --before <iso date>      purge: records older than this instant           [COOKIEGATE_BEFORE]
                           (default: --retention-days before now)
  --tree-head-interval <s> sign tree heads of grown logs every s seconds, 60 [COOKIEGATE_TREE_HEAD_INTERVAL]
  --tree-head-every <n>    and whenever a log grew n records past its latest head, 1000 (0: off)
                                                                            [COOKIEGATE_TREE_HEAD_EVERY]
  --heads <file>           verify: also hold the log to these published heads (JSON lines, as printed
                           by heads): fails naming each head the records do not match
  --site <origin>          heads: only this site; stats: the site
  --from, --to <date>      stats: first and last UTC day, YYYY-MM-DD (at most 366 days)
  --by <day|week>          stats: one row per day (default) or ISO week (labelled by its Monday)
  --format <json|csv>      stats: the GET /v1/stats body (default), or one CSV row per period
  --witness-key <f.pem>    serve: a witness's Ed25519 public key (SPKI PEM) whose cosignatures
                           POST /v1/cosignatures takes; repeatable       [COOKIEGATE_WITNESS_KEYS, comma-separated files]
  --log <url>, --key <f>, --state <f>, --interval <s>, --once
                           witness: the log, the witness's private key (created 0600 if absent), its state
                           file, seconds between rounds (60), one round only
  --max-body <bytes>       request body limit (≥ 1), default 16384          [COOKIEGATE_MAX_BODY]
  --request-timeout <s>    a whole request (headers and body) must arrive within s seconds, 10;
                           a connection silent that long is closed          [COOKIEGATE_REQUEST_TIMEOUT]
  --headers-timeout <s>    the request headers must arrive within s, 10     [COOKIEGATE_HEADERS_TIMEOUT]
  --keep-alive-timeout <s> idle keep-alive connections close after s, 5     [COOKIEGATE_KEEP_ALIVE_TIMEOUT]
  --max-connections <n>    open connections at most, 1000                   [COOKIEGATE_MAX_CONNECTIONS]
  --max-connections-per-ip <n|off>  open connections per IP prefix (/24, /48), 100; connections
                           from --trust-proxy proxies are not counted (with a number of proxies,
                           none are)                                        [COOKIEGATE_MAX_CONNECTIONS_PER_IP]
  --shutdown-timeout <s>   on SIGTERM/SIGINT: requests in progress may finish for s seconds, 10;
                           then accepted proofs are committed and the rest is cut off
                                                                            [COOKIEGATE_SHUTDOWN_TIMEOUT]
  -h, --help               this text
  SQLite durability: NORMAL (default; survives process kills) or FULL (fsync per commit, survives power loss)
                                                                            [COOKIEGATE_SQLITE_SYNC]
  SQLite writer thread: worker (default; commits overlap request handling) or main
                                                                            [COOKIEGATE_SQLITE_THREAD]
  Group commit wait for the first proof of a batch, ms (default 2)        [COOKIEGATE_GROUP_COMMIT_MS]
  Group commit transactions in flight at once (default 2)                 [COOKIEGATE_GROUP_COMMIT_INFLIGHT]
  IP HMAC keys (optional, rotatable, current first): COOKIEGATE_IP_HMAC_KEYS="k2:<base64>,k1:<base64>"
  Memory: NODE_OPTIONS=--max-semi-space-size=4 keeps peak RSS under load ~18 MB lower at the same throughput
`;

const env = process.env;

async function main(argv: string[]): Promise<number> {
  const { values: v, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      origin: { type: 'string', multiple: true },
      'admin-token': { type: 'string' },
      'stats-token': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      by: { type: 'string' },
      format: { type: 'string' },
      'trust-proxy': { type: 'string' },
      'data-dir': { type: 'string' },
      'signing-key-file': { type: 'string' },
      'public-key': { type: 'string' },
      'rate-limit': { type: 'string' },
      'no-ip': { type: 'boolean' },
      'retention-days': { type: 'string' },
      before: { type: 'string' },
      'tree-head-interval': { type: 'string' },
      'max-body': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      'read-rate-limit': { type: 'string' },
      'admin-rate-limit': { type: 'string' },
      'request-timeout': { type: 'string' },
      'headers-timeout': { type: 'string' },
      'keep-alive-timeout': { type: 'string' },
      'max-connections': { type: 'string' },
      'max-connections-per-ip': { type: 'string' },
      'shutdown-timeout': { type: 'string' },
      'new-chains-per-site-day': { type: 'string' },
      'new-chains-per-prefix': { type: 'string' },
      'key-dir': { type: 'string' },
      'witness-key': { type: 'string', multiple: true },
      log: { type: 'string' },
      key: { type: 'string' },
      state: { type: 'string' },
      interval: { type: 'string' },
      once: { type: 'boolean' },
      heads: { type: 'string' },
      site: { type: 'string' },
      'tree-head-every': { type: 'string' },
      'allow-key-beside-db': { type: 'boolean' },
      'public-keys': { type: 'string' },
    },
  });
  const [command, arg] = positionals;
  if (v.help || !command) {
    process.stdout.write(HELP);
    return v.help ? 0 : 2;
  }
  const db = v.db ?? env.COOKIEGATE_DB ?? DEFAULT_DB;
  const keyDir = v['key-dir'] ?? env.COOKIEGATE_KEY_DIR ?? v['data-dir'] ?? env.COOKIEGATE_DATA_DIR ?? './keys';
  const keyFile = v['signing-key-file'] ?? env.COOKIEGATE_SIGNING_KEY_FILE ?? join(keyDir, 'signing-key.pem');
  const allowKeyBesideDb = v['allow-key-beside-db'] ?? env.COOKIEGATE_ALLOW_KEY_BESIDE_DB === 'true';
  const num = (s: string | undefined, name: string): number | undefined => {
    if (s === undefined || s === '') return undefined;
    const n = Number(s);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number`);
    return n;
  };
  /** Seconds (fractions allowed) as ms; undefined when not given. */
  const ms = (s: string | undefined, name: string): number | undefined => {
    const n = num(s, name);
    return n === undefined ? undefined : Math.round(n * 1000);
  };
  const count = (s: string | undefined, name: string, off = false): number | undefined => {
    if (off && s === 'off') return 0;
    const n = num(s, name);
    if (n !== undefined && !(Number.isSafeInteger(n) && n >= 1))
      throw new Error(`${name} must be a whole number, at least 1${off ? ', or off' : ''} (got ${JSON.stringify(s)})`);
    return n;
  };
  /** `burst/perSecond`, `burst`, or `off`. */
  const rate = (s: string | undefined, name: string): RateLimitOptions | false | undefined => {
    if (s === undefined || s === '') return undefined;
    if (s === 'off') return false;
    const m = /^(\d+)(?:\/(\d+(?:\.\d+)?))?$/.exec(s);
    if (!m || Number(m[1]) < 1 || (m[2] !== undefined && !(Number(m[2]) > 0)))
      throw new Error(`${name} must be burst/perSecond (e.g. 60/10), a burst, or off (got ${JSON.stringify(s)})`);
    return m[2] === undefined ? { burst: Number(m[1]) } : { burst: Number(m[1]), perSecond: Number(m[2]) };
  };
  const retentionDays = num(v['retention-days'] ?? env.COOKIEGATE_RETENTION_DAYS, '--retention-days') ?? 1460;
  const needId = () => {
    if (!arg || !UUID.test(arg)) throw new Error(`${command} needs a consent id (lowercase UUID)`);
    return arg;
  };

  switch (command) {
    case 'serve': {
      const rawMaxBody = v['max-body'] ?? env.COOKIEGATE_MAX_BODY;
      const maxBody = rawMaxBody === undefined || rawMaxBody === '' ? undefined : Number(rawMaxBody);
      if (maxBody !== undefined && !(Number.isSafeInteger(maxBody) && maxBody >= 1))
        throw new Error(`--max-body must be a whole number of bytes, at least 1 (got ${JSON.stringify(rawMaxBody)})`);
      const origins =
        v.origin ??
        (env.COOKIEGATE_ORIGINS ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
      if (origins.length === 0) console.warn('warning: no --origin / COOKIEGATE_ORIGINS: every POST will be refused');
      const rateLimit = rate(v['rate-limit'] ?? env.COOKIEGATE_RATE_LIMIT, '--rate-limit');
      const readRateLimit = rate(v['read-rate-limit'] ?? env.COOKIEGATE_READ_RATE_LIMIT, '--read-rate-limit');
      const adminRateLimit = rate(v['admin-rate-limit'] ?? env.COOKIEGATE_ADMIN_RATE_LIMIT, '--admin-rate-limit');
      const limits = {
        requestTimeoutMs: ms(v['request-timeout'] ?? env.COOKIEGATE_REQUEST_TIMEOUT, '--request-timeout'),
        headersTimeoutMs: ms(v['headers-timeout'] ?? env.COOKIEGATE_HEADERS_TIMEOUT, '--headers-timeout'),
        keepAliveTimeoutMs: ms(v['keep-alive-timeout'] ?? env.COOKIEGATE_KEEP_ALIVE_TIMEOUT, '--keep-alive-timeout'),
        maxConnections: count(v['max-connections'] ?? env.COOKIEGATE_MAX_CONNECTIONS, '--max-connections'),
        maxConnectionsPerIp: count(
          v['max-connections-per-ip'] ?? env.COOKIEGATE_MAX_CONNECTIONS_PER_IP,
          '--max-connections-per-ip',
          true,
        ),
        shutdownTimeoutMs: ms(v['shutdown-timeout'] ?? env.COOKIEGATE_SHUTDOWN_TIMEOUT, '--shutdown-timeout'),
      };
      const limit = (raw: string | undefined, name: string): number | false | undefined =>
        raw === 'off' ? false : num(raw, name);
      const perSiteDay = limit(
        v['new-chains-per-site-day'] ?? env.COOKIEGATE_NEW_CHAINS_PER_SITE_DAY,
        '--new-chains-per-site-day',
      );
      const perPrefixHour = limit(
        v['new-chains-per-prefix'] ?? env.COOKIEGATE_NEW_CHAINS_PER_PREFIX,
        '--new-chains-per-prefix',
      );
      const interval = num(v['tree-head-interval'] ?? env.COOKIEGATE_TREE_HEAD_INTERVAL, '--tree-head-interval');
      const srv = await serve({
        port: num(v.port ?? env.COOKIEGATE_PORT, '--port') ?? 8787,
        ...((v.host ?? env.COOKIEGATE_HOST) ? { host: (v.host ?? env.COOKIEGATE_HOST)! } : {}),
        db,
        ...serverKeyring({ keyFile, db, allowKeyBesideDb }),
        witnessKeys: (v['witness-key'] ?? (env.COOKIEGATE_WITNESS_KEYS ?? '').split(',').filter(Boolean)).map((f) =>
          createPublicKey(readFileSync(f.trim(), 'utf8')),
        ),
        origins,
        adminToken: v['admin-token'] ?? env.COOKIEGATE_ADMIN_TOKEN,
        statsToken: v['stats-token'] ?? env.COOKIEGATE_STATS_TOKEN,
        trustProxy: parseTrustProxy(v['trust-proxy'] ?? env.COOKIEGATE_TRUST_PROXY),
        ipHmacKeys: parseIpHmacKeys(env.COOKIEGATE_IP_HMAC_KEYS),
        storeIp: !(v['no-ip'] || env.COOKIEGATE_STORE_IP === 'false'),
        ...(rateLimit !== undefined ? { rateLimit } : {}),
        ...(readRateLimit !== undefined ? { readRateLimit } : {}),
        ...(adminRateLimit !== undefined ? { adminRateLimit } : {}),
        ...Object.fromEntries(Object.entries(limits).filter(([, x]) => x !== undefined)),
        retentionDays,
        newChains: {
          ...(perSiteDay !== undefined ? { perSiteDay } : {}),
          ...(perPrefixHour !== undefined ? { perPrefixHour } : {}),
        },
        groupCommit: {
          maxDelayMs: num(env.COOKIEGATE_GROUP_COMMIT_MS, 'COOKIEGATE_GROUP_COMMIT_MS') ?? 2,
          maxInFlight: num(env.COOKIEGATE_GROUP_COMMIT_INFLIGHT, 'COOKIEGATE_GROUP_COMMIT_INFLIGHT') ?? 2,
        },
        treeHeadIntervalMs: interval === undefined ? 60_000 : interval * 1000,
        treeHeadEveryRecords: num(v['tree-head-every'] ?? env.COOKIEGATE_TREE_HEAD_EVERY, '--tree-head-every') ?? 1000,
        ...(maxBody !== undefined ? { maxBodyBytes: maxBody } : {}),
      });
      console.log(
        `cookiegate-server listening on ${srv.url} (${srv.store.kind}, origins: ${origins.join(', ') || 'none'})`,
      );
      return new Promise<number>(() => {}); // runs until a signal
    }
    case 'verify': {
      const pubFile = v['public-key'] ?? env.COOKIEGATE_PUBLIC_KEY_FILE;
      const listFile = v['public-keys'] ?? env.COOKIEGATE_PUBLIC_KEYS_FILE ?? publicKeysFile(keyFile);
      const publicKey: string | PublicKeyInfo[] | ReturnType<typeof createPublicKey> = pubFile
        ? readFileSync(pubFile, 'utf8')
        : env.COOKIEGATE_SIGNING_KEY
          ? createPublicKey(env.COOKIEGATE_SIGNING_KEY)
          : existsSync(listFile)
            ? readPublicKeys(listFile)
            : loadKeyring(keyFile).publicKeys;
      const headsFile = v.heads;
      const exported = headsFile === undefined ? undefined : parseHeadLines(readFileSync(headsFile, 'utf8'), headsFile);
      const store = await openStore(db);
      try {
        const res = await verifyLog(store, publicKey, exported ? { heads: exported } : {});
        const summary = `${res.records} records (${res.tombstones} tombstones), ${res.treeHeads} tree heads${exported ? `, ${exported.length} published heads` : ''}`;
        if (res.ok) {
          console.log(`OK: ${summary}`);
          return 0;
        }
        console.error(`FAILED: ${summary}`);
        for (const p of res.problems) console.error(`  ${p.site}: ${p.message}`);
        return 1;
      } finally {
        await store.close();
      }
    }
    case 'stats': {
      const store = await openStore(db);
      try {
        const out = await statsCommand(store, arg, v);
        process.stdout.write(out);
        return 0;
      } finally {
        await store.close();
      }
    }
    case 'witness': {
      if (!v.log || !v.key || !v.state) throw new Error('witness needs --log <url>, --key <file> and --state <file>');
      try {
        new URL(v.log);
      } catch {
        throw new Error(`--log must be the log's URL (got ${JSON.stringify(v.log)})`);
      }
      const witnessKey = loadWitnessKey(v.key);
      console.error(
        `witness key ${keyIdOf(witnessKey)}; register its public key with the log (serve --witness-key):\n${createPublicKey(witnessKey).export({ type: 'spki', format: 'pem' })}`,
      );
      const interval = num(v.interval, '--interval') ?? 60;
      for (;;) {
        const results = await witnessOnce(v.log, witnessKey, v.state);
        for (const r of results) console.log(JSON.stringify(r));
        if (v.once) return results.some((r) => r.status === 'refused') ? 1 : 0;
        await new Promise((r) => setTimeout(r, interval * 1000));
      }
    }
    case 'heads': {
      const store = await openStore(db);
      try {
        for (const site of v.site ? [v.site] : await store.sites())
          process.stdout.write(headLines(await store.treeHeads(site)));
        return 0;
      } finally {
        await store.close();
      }
    }
    case 'keys': {
      if (arg === 'rotate') {
        const { retired, current } = rotateKeys(keyFile);
        console.log(JSON.stringify({ retired, current }, null, 2));
        console.error(
          `new signing key ${current.keyId}; restart serve to sign with it (old heads keep verifying with ${retired.keyId})`,
        );
        return 0;
      }
      if (arg === 'list') {
        console.log(JSON.stringify(loadKeyring(keyFile).publicKeys, null, 2));
        return 0;
      }
      throw new Error('keys needs a subcommand: rotate or list');
    }
    case 'purge': {
      const given = v.before ?? env.COOKIEGATE_BEFORE;
      const before = given ? new Date(given) : new Date(Date.now() - retentionDays * 86_400_000);
      if (Number.isNaN(before.getTime()))
        throw new Error(`--before must be an ISO 8601 date (got ${JSON.stringify(given)})`);
      const store = await openStore(db);
      try {
        const purged = await tombstoneWithEvents(store, { before }, 'retention', cliActor());
        console.log(JSON.stringify({ before: before.toISOString(), purged }));
        return 0;
      } finally {
        await store.close();
      }
    }
    case 'export':
    case 'erase': {
      const id = needId();
      const store = await openStore(db);
      try {
        const out =
          command === 'export'
            ? await exportConsent(store, id)
            : { consentId: id, erased: await tombstoneWithEvents(store, { consentId: id }, 'erasure', cliActor()) };
        console.log(JSON.stringify(out, null, 2));
        return 0;
      } finally {
        await store.close();
      }
    }
    default:
      process.stderr.write(`unknown command: ${command}\n\n${HELP}`);
      return 2;
  }
}

/** The witness's Ed25519 private key, made (mode 0600) on first use. */
function loadWitnessKey(file: string) {
  if (!existsSync(file))
    writeFileSync(file, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }), {
      mode: 0o600,
      flag: 'wx',
    });
  return readKeyFile(file);
}

/** Names who ran a purge or erasure from the command line, in its log event. */
function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/** A key list file: `public-keys.json`, or a saved `GET /v1/public-keys` answer. */
function readPublicKeys(file: string): PublicKeyInfo[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as PublicKeyInfo[] | { keys?: PublicKeyInfo[] };
  const list = Array.isArray(data) ? data : data.keys;
  if (!Array.isArray(list) || !list.every((k) => typeof k?.publicKeyPem === 'string'))
    throw new Error(`${file}: expected a list of keys ({ keyId, publicKeyPem, validFrom, validUntil })`);
  return list;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
