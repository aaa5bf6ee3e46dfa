import type { ResolvedConfig, ServiceConfig } from './config';

/**
 * A visitor's stored decision.
 *
 * @example
 * const c = getConsent();
 * if (c) console.log(c.id, c.decisions.analytics, new Date(c.expiresAt));
 */
export interface ConsentState {
  /** Random consent id (UUID), the key of the visitor's proofs. */
  id: string;
  /** The config revision the visitor decided on. */
  revision: number;
  /** When the decision was made (ms since epoch). */
  decidedAt: number;
  /** When it stops counting and the visitor is asked again (ms since epoch). */
  expiresAt: number;
  /** The decision for every category and service id. */
  decisions: Record<string, boolean>;
  /** The browser sent Global Privacy Control when the decision was made. */
  gpc?: boolean;
  /**
   * A re-prompt (the config's revision was raised since the decision): the category and
   * service ids the visitor is asked about again. Until they answer, these are refused and
   * the rest of the decision counts as it was. The re-prompt banner's Accept and Reject
   * answer only these; `acceptAll()` still means all.
   */
  asked?: string[];
}

/** Every category and service id of a config. */
export const allIds = (config: ResolvedConfig): string[] => [
  ...Object.keys(config.categories),
  ...Object.keys(config.services),
];

/** Whether an id is always on: a required category or a service in one. */
export function isRequired(config: ResolvedConfig, id: string): boolean {
  if (has(config.categories, id)) return config.categories[id]!.required === true;
  return has(config.services, id) && config.categories[config.services[id]!.category]?.required === true;
}

/** Whether `k` is a string and an own key of `o` (not one of Object.prototype's). */
export const has = (o: object, k: unknown): boolean =>
  typeof k == 'string' && Object.prototype.hasOwnProperty.call(o, k);

/** Ids of the services that pass `test` (one helper for the head script's several such lists). */
export const servicesWhere = (config: ResolvedConfig, test: (s: ServiceConfig) => unknown): string[] =>
  Object.keys(config.services).filter((id) => test(config.services[id]!));

/** Ids of the services in a category. */
export const servicesOf = (config: ResolvedConfig, category: string): string[] =>
  Object.keys(config.services).filter((s) => config.services[s]!.category === category);

/**
 * Turns choices per category or service into a decision for every id.
 * A category's choice applies to its services, a service's own choice wins, and a
 * category counts as granted only when all of its services are, so that a script
 * gated on the category never runs on behalf of a refused service.
 */
export function resolveDecisions(config: ResolvedConfig, choices: Record<string, boolean>): Record<string, boolean> {
  const d: Record<string, boolean> = {};
  // Own keys only: a service called `toString` is not granted by every object's toString.
  const choice = (id: string) => (has(choices, id) ? choices[id] : undefined);
  for (const cat in config.categories) {
    const req = config.categories[cat]!.required === true;
    const services = servicesOf(config, cat);
    for (const s of services) d[s] = req || (choice(s) ?? choice(cat) ?? false);
    d[cat] = req || (services.length ? services.every((s) => d[s]) : (choice(cat) ?? false));
  }
  return d;
}
