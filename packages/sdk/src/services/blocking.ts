// Build: the size-measurement build in rollup.config.mjs (no-presets) replaces this file with an
// empty PRESETS, to measure the head script without the presets; never shipped.
/**
 * The presets' blocking data. The script-tag head carries none of it: it loads
 * `cookiegate-presets.js` (presets-entry.ts) only on pages whose config names a preset, so
 * that a preset no config uses costs no page view anything. The checker gets it from
 * there; the ESM build imports it. Their texts are in `info.ts`, which only the UI imports.
 */
import { blocking as googleAnalytics } from './google-analytics';
import { blocking as googleAds } from './google-ads';
import { blocking as googleTagManager } from './google-tag-manager';
import { blocking as magento } from './magento';
import { blocking as metaPixel } from './meta-pixel';
import { blocking as smartlook } from './smartlook';
import { blocking as youtube } from './youtube';
import { blocking as zendeskChat } from './zendesk-chat';
import { blocking as microsoftClarity } from './microsoft-clarity';
import { blocking as microsoftAdvertising } from './microsoft-advertising';
import { blocking as tiktokPixel } from './tiktok-pixel';
import { blocking as pinterestTag } from './pinterest-tag';
import { blocking as linkedinInsight } from './linkedin-insight';
import { blocking as hotjar } from './hotjar';
import { blocking as klaviyo } from './klaviyo';
import { blocking as klarnaOsm } from './klarna-osm';
import { blocking as vimeo } from './vimeo';
import { blocking as googleMaps } from './google-maps';
import { blocking as matomo } from './matomo';
import type { PresetBlocking } from './preset';

export type { PresetBlocking };

/** Every preset by id. */
export const PRESETS: Record<string, PresetBlocking> = {
  'google-analytics': googleAnalytics,
  'google-ads': googleAds,
  'google-tag-manager': googleTagManager,
  'meta-pixel': metaPixel,
  smartlook,
  'zendesk-chat': zendeskChat,
  magento,
  youtube,
  'microsoft-clarity': microsoftClarity,
  'microsoft-advertising': microsoftAdvertising,
  'tiktok-pixel': tiktokPixel,
  'pinterest-tag': pinterestTag,
  'linkedin-insight': linkedinInsight,
  hotjar,
  klaviyo,
  'klarna-osm': klarnaOsm,
  vimeo,
  'google-maps': googleMaps,
  matomo,
};
