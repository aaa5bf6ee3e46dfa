/**
 * What a page says about its own consent state: cookiegate's API where the page has it
 * (`window.cookiegate`), else nothing (the audit then judges by requests and cookies).
 */

const PROBE = () => {
  const cg = window.cookiegate;
  if (!cg || typeof cg.getConsent != 'function') return { cookiegate: false };
  const config = typeof cg.getConfig == 'function' ? cg.getConfig() : null;
  const consent = cg.getConsent();
  return {
    cookiegate: true,
    consent: consent && {
      id: consent.id,
      revision: consent.revision,
      decisions: consent.decisions,
      expiresAt: consent.expiresAt,
      decidedAt: consent.decidedAt,
      gpc: !!consent.gpc,
    },
    config: config && {
      revision: config.revision,
      cookie: config.cookie,
      consentDays: config.consentDays,
      refusalDays: config.refusalDays,
      proofEndpoint: config.proofEndpoint ? new URL(config.proofEndpoint, location.href).href : undefined,
      categories: Object.fromEntries(
        Object.entries(config.categories).map(([id, c]) => [id, { required: !!c.required, title: c.title }]),
      ),
      services: Object.fromEntries(
        Object.entries(config.services).map(([id, s]) => [
          id,
          {
            category: s.category,
            preset: s.preset,
            vendor: s.vendor,
            title: s.title,
            cookies: (s.cookies ?? []).map((c) =>
              typeof c == 'string' ? { name: c } : { name: c.name, lifetime: c.lifetime },
            ),
          },
        ]),
      ),
    },
  };
};

/**
 * The page's consent tool as far as the audit can see it.
 *
 * @example
 * const s = await siteState(page); if (s.cookiegate) s.consent?.decisions
 */
export const siteState = (page) => page.evaluate(PROBE).catch(() => ({ cookiegate: false }));

/**
 * Whether a cookiegate consent grants any optional category or service.
 *
 * @example
 * grantsOptional({ decisions: { necessary: true, analytics: true } }, config); // true
 */
export function grantsOptional(consent, config) {
  if (!consent) return false;
  return Object.entries(consent.decisions ?? {}).some(([id, on]) => on && !isRequired(id, config));
}

const isRequired = (id, config) => {
  if (!config) return id == 'necessary';
  const cat = config.categories[id] ?? config.categories[config.services[id]?.category];
  return !!cat?.required;
};
