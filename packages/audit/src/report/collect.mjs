/**
 * The report object: the judgements and everything the phases recorded, in the shape
 * `--json` writes.
 */
import { ITEMS, judge } from '../checks/catalogue.mjs';

/**
 * Builds the report. Without `checks` (the site could not be audited) every item is "n/a"
 * with the reason.
 *
 * @example
 * collect({ url, startedAt, options, viewports, extra, checks, config });
 */
export function collect({ url, startedAt, options, viewports, extra = [], checks, config = null, error }) {
  const phases = viewports
    .flatMap((v) => [v.before, v.reject, v.accept, v.prefs, v.close])
    .concat(extra)
    .filter(Boolean);
  const recs = phases.map((p) => p.rec).filter(Boolean);
  const requests = recs.flatMap((r) => r.requests).sort((a, b) => a.at - b.at);
  const cookies = dedupe(
    recs.flatMap((r) => [...r.cookies.values()]),
    (c) => `${c.name}@${c.domain}|${c.phase}`,
  );
  const storage = dedupe(
    recs.flatMap((r) => [...r.storage.values()]),
    (s) => `${s.type}:${s.name}@${s.origin}|${s.phase}`,
  );
  const screenshots = viewports
    .flatMap((v) => [
      v.before?.screenshot && { viewport: v.label, of: 'banner', jpeg: v.before.screenshot },
      v.prefs?.screenshot && { viewport: v.label, of: 'preferences', jpeg: v.prefs.screenshot },
    ])
    .filter(Boolean);
  const finishedAt = new Date();
  return {
    url,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt - startedAt,
    error: error ?? undefined,
    viewports: options.viewports.map((v) => `${v.width}×${v.height}`),
    limits: options.limits,
    offline: options.offline,
    cookiegate: config ? { revision: config.revision, proofEndpoint: config.proofEndpoint ?? null } : null,
    pages: viewports.find((v) => v.before?.ok)?.before.pages ?? [],
    checks: checks ?? Object.keys(ITEMS).map((id) => judge(id, 'n/a', `not checked: ${error}`)),
    phaseErrors: phases.filter((p) => !p.ok).map((p) => p.error),
    requests: requests.map(({ at, ...r }) => ({ ...r, at: new Date(at).toISOString() })),
    cookies,
    storage,
    consentCalls: recs.flatMap((r) => r.consentCalls).map(({ at, ...c }) => c),
    screenshots,
  };
}

const dedupe = (xs, key) => [...new Map(xs.map((x) => [key(x), x])).values()];
