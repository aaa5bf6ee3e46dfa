/**
 * The shape of a cookiegate configuration (the JSON in `<script id="cookiegate-config">`
 * or the object passed to `init()`), and its defaults.
 */
import type { PresetBlocking } from '../services/preset';

/** A text in one language, or per language code: `"Analys"` or `{ "sv": "Analys", "en": "Analytics" }`. */
export type LocalText = string | Record<string, string>;

/**
 * A cookie a service sets, for the cookie table and for clean-up on withdrawal.
 *
 * @example
 * { "name": "_ga_*", "domain": ".shop.example", "lifetime": "P2Y", "purpose": { "en": "Keeps the session state" } }
 */
export interface CookieDeclaration {
  /** Name, or a pattern where `*` matches any run of characters (`_ga_*`). */
  name: string;
  /** Domain the vendor sets it on (default: the current host and every parent domain are cleaned). */
  domain?: string;
  /** Path (default `/`). */
  path?: string;
  /** `"session"` or an ISO 8601 duration: `"P2Y"`, `"P90D"`, `"PT1H"`. */
  lifetime?: string;
  /** Why it is set. */
  purpose?: LocalText;
}

/**
 * A category of purposes (necessary, analytics, marketing, ...).
 *
 * @example
 * { "required": true, "title": { "sv": "Nödvändiga", "en": "Necessary" } }
 */
export interface CategoryConfig {
  /** Always on; the visitor cannot refuse it. */
  required?: boolean;
  /** Name shown to visitors. */
  title?: LocalText;
  /** What the category is for. */
  description?: LocalText;
  /**
   * The revision in which the category's purpose changed (or it came back after being
   * removed): visitors who decided on an earlier revision are asked about it again. A
   * category new to a visitor is asked about without it.
   */
  purposeChanged?: number;
}

/**
 * A third-party or first-party service and what it leaves behind.
 *
 * @example
 * { "category": "analytics", "cookies": ["_ga", "_ga_*"], "hosts": ["google-analytics.com"] }
 */
export interface ServiceConfig {
  /** The id of the category the service belongs to. */
  category: string;
  /** Cookies it sets: names, `*` patterns or full declarations. */
  cookies?: Array<string | CookieDeclaration>;
  /** localStorage / sessionStorage keys or `*` patterns it writes. */
  storage?: string[];
  /** Domain suffixes it loads from or reports to (`google-analytics.com`). */
  hosts?: string[];
  /** Name shown to visitors. */
  title?: LocalText;
  /** What the service does with the data. */
  description?: LocalText;
  /** Company that runs it. */
  vendor?: string;
  /** The vendor's privacy policy. */
  privacyUrl?: string;
  /** A vendor preset (`"google-analytics"`, ...) that fills in category, hosts, cookies and storage; any field given here wins. */
  preset?: string;
  /**
   * Let the service load before consent (it must then keep quiet by itself, as Google tags
   * do under Consent Mode "advanced"). Default false: nothing reaches its hosts before consent.
   */
  advanced?: boolean;
  /** Hold the service until the visitor clicks a chat button that cookiegate shows (for `zendesk-chat`). */
  facade?: boolean;
  /**
   * The revision in which the service's purpose changed: visitors who decided on an earlier
   * revision are asked about it again. A service added since a visitor decided is asked
   * about without it (unless they refused its whole category: that refusal stands).
   */
  purposeChanged?: number;
}

/**
 * Google Consent Mode v2: which consent types each category controls, and how long Google
 * tags wait for an update. Emitted when a Google preset is configured, or when this key is set.
 *
 * @example
 * { "types": { "statistik": ["analytics_storage"] }, "waitForUpdate": 500 }
 */
export interface ConsentModeOptions {
  /** Category id → Google consent types; merged over the default mapping. */
  types?: Record<string, string[]>;
  /** `wait_for_update` in ms (default 500). */
  waitForUpdate?: number;
}

/**
 * Where and how the visitor's decision is stored.
 *
 * @example
 * { "name": "cookiegate", "domain": ".shop.example", "sameSite": "Lax" }
 */
export interface ConsentCookieOptions {
  /** Cookie name (default `cookiegate`). */
  name?: string;
  /** Set a parent domain (`.shop.example`) to share the decision across subdomains. */
  domain?: string;
  /** Default `/`. */
  path?: string;
  /** Default `Lax`. */
  sameSite?: 'Lax' | 'Strict' | 'None';
}

/**
 * The whole configuration.
 *
 * @example
 * const config: CookiegateConfig = {
 *   revision: 1,
 *   categories: { necessary: { required: true }, analytics: {} },
 *   services: { ga4: { category: 'analytics', cookies: ['_ga', '_ga_*'] } },
 * };
 */
export interface CookiegateConfig {
  /**
   * Raise it whenever the config changes. Visitors who decided on an earlier revision are
   * asked again only about what is new to them: a category or service added since, or one
   * whose `purposeChanged` is later than their decision; the rest of their decision stays
   * (a revision that only fixes texts asks nobody).
   */
  revision: number;
  /** Category ids to settings; at least one `required`. */
  categories: Record<string, CategoryConfig>;
  /** Service ids to settings. Service and category ids share one namespace. */
  services?: Record<string, ServiceConfig>;
  /** How long a consent is kept, in days (default 365, at most 395 = 13 months). */
  consentDays?: number;
  /** How long a refusal is remembered, in days (default 365, at least 183 = 6 months, at most 395). */
  refusalDays?: number;
  /** The consent cookie. */
  cookie?: ConsentCookieOptions;
  /** The site's cookie policy, linked from the banner. */
  policyUrl?: string;
  /**
   * `"auto"` (default: `<html lang>`, else the browser's) or a fixed code such as `"sv"`; a
   * code without a UI language (a folder of `src/i18n/`) shows English.
   */
  language?: string;
  /** Reload the page after a withdrawal, because a tracker already running cannot be unloaded (default true). */
  reloadOnWithdraw?: boolean;
  /** The banner, preferences and floating button. */
  ui?: UiOptions;
  /**
   * Overrides of the UI's texts per language (the folders of `src/i18n/` are built in: `sv`,
   * `en`, `da`, `nb`, `fi`, `de`; any other code shows English texts with its overrides).
   * Rendered as plain text.
   *
   * @example
   * { "sv": { "title": "Kakor på JS Energi", "acceptAll": "Godkänn alla" } }
   */
  texts?: Record<string, Record<string, string>>;
  /**
   * The consent-proof server's `POST /v1/proofs` URL (absolute, or a path on this site).
   * Every decision, withdrawal and re-prompt is sent there as evidence.
   */
  proofEndpoint?: string;
  /**
   * Hosts that belong to the site besides the page's own host (each with its subdomains):
   * `["shop.example", "cdn-shop.net"]`. Nothing else counts as first party: no guess is made
   * at a registrable domain, so on `www.shop.co.uk` the host `shop.co.uk` is listed here (or
   * as the consent cookie's `domain`) for `cdn.shop.co.uk` to pass.
   */
  firstPartyHosts?: string[];
  /** Third-party hosts no service covers: `"report"` (default: one console warning), `"block"` or `"allow"`. */
  unknownHosts?: 'report' | 'block' | 'allow';
  /** Google Consent Mode v2 options, or `false` to never emit it. */
  consentMode?: ConsentModeOptions | false;
  /**
   * Written by `npx cookiegate check --write`, never by hand: the blocking data of the presets
   * the services name, so that cookiegate.js needs no `cookiegate-presets.js` (the data of
   * every preset). Used only while the config element's `data-checked` fits (it covers this
   * field); otherwise ignored and the presets file loaded.
   */
  presetData?: PresetData;
  /** Consent statistics (issue 17): what the SDK may send besides the proofs. */
  stats?: StatsOptions;
  /** Fair banner experiments: presentation-only variants, one drawn at random per page view. */
  experiments?: ExperimentsOptions;
}

/**
 * The blocking data of a config's presets by preset id (`presetData`); `consentApi` marks a
 * preset whose vendor consent API cookiegate drives (its code is in `cookiegate-vendors.js`).
 *
 * @example
 * { "youtube": { "vendor": "Google Ireland Ltd", "title": "YouTube", "category": "marketing", "hosts": ["youtube.com"] } }
 */
export type PresetData = Record<string, PresetBlocking & { consentApi?: true }>;

/**
 * Consent statistics the SDK may send (all off by default).
 *
 * @example
 * { "impressions": true }
 */
export interface StatsOptions {
  /**
   * When the banner was shown and the page is hidden or left without a decision, send one
   * `POST /v1/impressions` (`{ locale, variant }`, beside `proofEndpoint`): nothing is stored
   * in the browser, no consent id is sent. Needs `proofEndpoint`. Default false.
   */
  impressions?: boolean;
}

/**
 * Banner experiments: each page view that shows the banner draws one variant at random
 * (`crypto.getRandomValues`, nothing stored), and the proof of the decision names it
 * (`variant`). The config check refuses a variant that would break equal choice.
 *
 * @example
 * { "variants": { "a": {}, "b": { "position": "top", "texts": { "sv": { "title": "Får vi använda kakor?" } } } } }
 */
export interface ExperimentsOptions {
  /** Variant id (`a`, `short-title`: lowercase letters, digits, `-`) → what it changes; 2 to 8 variants. */
  variants: Record<string, BannerVariant>;
}

/**
 * What a banner variant may change: presentation only. The buttons, their order, their
 * style and the layer they are on are the same in every variant.
 *
 * @example
 * { "theme": "dark", "texts": { "en": { "acceptAll": "Allow all", "rejectAll": "Deny all" } } }
 */
export interface BannerVariant {
  /**
   * The banner's texts per language, over `texts`: `title`, `intro` (keeping `{purposes}`),
   * `acceptAll`, `rejectAll` (both or neither, of like length and emphasis) and `customize`.
   */
  texts?: Record<string, Partial<Record<VariantText, string>>>;
  /** Where the banner sits: `"bottom"` (the default) or `"top"`. */
  position?: 'bottom' | 'top';
  /** The colours: `"auto"` (the default: the visitor's colour scheme), `"light"` or `"dark"`. */
  theme?: 'auto' | 'light' | 'dark';
}

/** The banner texts a variant may change. */
export type VariantText = 'title' | 'intro' | 'acceptAll' | 'rejectAll' | 'customize';

/**
 * Options of the banner and preferences UI.
 *
 * @example
 * { "floatingButton": "right", "closeButton": false }
 */
export interface UiOptions {
  /** The floating "Cookie settings" button shown after a decision: `"left"` (default), `"right"`, or `false` for none (then link `data-cookiegate-open` from every page, e.g. in the footer). */
  floatingButton?: boolean | 'left' | 'right';
  /** A close button on the banner (default false). Closing is never consent: the banner shows again on the next page. */
  closeButton?: boolean;
  /** Nonce for the `<style>` element used where constructable stylesheets are not supported. */
  nonce?: string;
}

/** The configuration after validation, with defaults filled in. */
export interface ResolvedConfig extends CookiegateConfig {
  services: Record<string, ServiceConfig>;
  consentDays: number;
  refusalDays: number;
  cookie: Required<Omit<ConsentCookieOptions, 'domain'>> & { domain?: string };
  language: string;
  reloadOnWithdraw: boolean;
}

/** Default and limits of the lifetimes, in days. */
export const DAYS = { consent: 365, consentMax: 395, refusal: 365, refusalMin: 183 };
