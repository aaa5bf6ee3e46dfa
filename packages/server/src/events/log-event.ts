/**
 * Erasure and retention as events in the log itself: before records are tombstoned, each site's
 * log gets an event record saying what goes (the indexes of an erasure, the cut-off date of a
 * retention purge), why, when and on whose authority. The event is a leaf under the next signed
 * head, and `verify` refuses any tombstone that no later event covers (a tombstone made with
 * plain SQL has none). Events use the all-zero consent id, which no browser may send, and are
 * never purged themselves.
 */
import { RESERVED_CONSENT_ID } from '@cookiegate/protocol';
import { V7Generator } from 'uuidv7';
import type { PendingRecord } from '../log/record.js';
import type { ProofStore, TombstoneFilter } from '../stores/types.js';

/**
 * Consent id of event records (refused in submissions).
 * @example body.consentId === NIL_CONSENT // reserved
 */
export const NIL_CONSENT = RESERVED_CONSENT_ID;
/** Schema of event records. */
export const EVENT_SCHEMA = 'cookiegate-event/1';

/**
 * An event record as stored (its leaf hash covers all of it).
 * @example { schema: 'cookiegate-event/1', event: 'erasure', covers: [3, 17], reason: 'erasure request', actor: 'admin:1f…', … }
 */
export interface LogEvent {
  schema: typeof EVENT_SCHEMA;
  id: string;
  site: string;
  consentId: typeof NIL_CONSENT;
  serverTime: string;
  event: 'erasure' | 'retention';
  /** Who asked: `admin:<token id>` for the HTTP admin routes, `cli:<user>` for the command line. */
  actor: string;
  /** Why, in words. */
  reason: string;
  /** Erasure: the log indexes tombstoned. */
  covers?: number[];
  /** Retention: records with a server time before this instant are tombstoned. */
  before?: string;
}

const ids = new V7Generator();

/**
 * Appends the events, then tombstones; resolves with the number of records tombstoned.
 * @example await tombstoneWithEvents(store, { consentId }, 'erasure', 'admin:1f2e…');
 */
export async function tombstoneWithEvents(
  store: ProofStore,
  filter: TombstoneFilter,
  kind: 'retention' | 'erasure',
  actor: string,
  now = new Date(),
): Promise<number> {
  const base = {
    schema: EVENT_SCHEMA,
    consentId: NIL_CONSENT,
    serverTime: now.toISOString(),
    event: kind,
    actor,
  } as const;
  const events: LogEvent[] = [];
  if ('consentId' in filter) {
    const bySite = new Map<string, number[]>();
    for (const r of await store.recordsByConsent(filter.consentId))
      bySite.set(r.record.site, [...(bySite.get(r.record.site) ?? []), r.record.index]);
    for (const [site, covers] of bySite)
      events.push({ ...base, id: ids.generate().toString(), site, reason: 'erasure request (GDPR Art. 17)', covers });
  } else {
    const before = filter.before.toISOString();
    for (const site of await store.sites())
      if ((await store.head(site)).size > 0)
        events.push({ ...base, id: ids.generate().toString(), site, reason: 'retention period over', before });
  }
  if (events.length) await store.append(events as unknown as PendingRecord[]);
  return store.tombstone(filter, kind);
}

/**
 * Checks that every tombstone of a site is covered by a later event of the same kind.
 * Give the site's tombstones and events in log order; returns one message per uncovered tombstone.
 * @example uncoveredTombstones([{ index: 3, reason: 'erasure', serverTime }], [eventAt7]) // []
 */
export function uncoveredTombstones(
  tombstones: Array<{ index: number; id: string; reason: string | null; serverTime: string }>,
  events: Array<{ index: number; event: LogEvent }>,
): string[] {
  const out: string[] = [];
  const erased = new Map<number, number>(); // tombstoned index → index of the event naming it
  for (const e of events)
    if (e.event.event === 'erasure') for (const i of e.event.covers ?? []) if (i < e.index) erased.set(i, e.index);
  // Latest retention cut-off among events after each position: scanned from the end.
  const retention = events.filter((e) => e.event.event === 'retention').sort((a, b) => b.index - a.index);
  for (const t of tombstones) {
    const name = `record ${t.id} at index ${t.index}`;
    if (t.reason === 'erasure') {
      if (!erased.has(t.index)) out.push(`${name}: tombstone (erasure) that no erasure event covers`);
    } else if (t.reason === 'retention') {
      const ok = retention.some(
        (e) =>
          e.index > t.index && e.event.before !== undefined && Date.parse(t.serverTime) < Date.parse(e.event.before),
      );
      if (!ok) out.push(`${name}: tombstone (retention) that no retention event covers`);
    } else out.push(`${name}: tombstone with unknown reason ${JSON.stringify(t.reason)}`);
  }
  return out;
}
