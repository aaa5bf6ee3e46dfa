/**
 * The presets' cookie tables and privacy links, for the UI; their texts are in each
 * language's folder (`i18n/<lang>/presets.ts`). Never imported by the head script.
 */
import { info as googleAnalytics } from './google-analytics';
import { info as googleAds } from './google-ads';
import { info as googleTagManager } from './google-tag-manager';
import { info as magento } from './magento';
import { info as metaPixel } from './meta-pixel';
import { info as smartlook } from './smartlook';
import { info as youtube } from './youtube';
import { info as zendeskChat } from './zendesk-chat';
import { info as microsoftClarity } from './microsoft-clarity';
import { info as microsoftAdvertising } from './microsoft-advertising';
import { info as tiktokPixel } from './tiktok-pixel';
import { info as pinterestTag } from './pinterest-tag';
import { info as linkedinInsight } from './linkedin-insight';
import { info as hotjar } from './hotjar';
import { info as klaviyo } from './klaviyo';
import { info as klarnaOsm } from './klarna-osm';
import { info as vimeo } from './vimeo';
import { info as googleMaps } from './google-maps';
import { info as matomo } from './matomo';
import type { PresetDetails, PresetInfo, PresetTexts } from './types';

const INFO: Record<string, PresetInfo> = {
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

/**
 * The presets in one language: a preset's cookie table and privacy link with that
 * language's texts and its vendor (from its blocking data, which the caller has), or
 * undefined for an unknown id.
 *
 * @example
 * presetInfo(en, (id) => PRESETS[id]?.vendor)('google-analytics')?.cookies.map((c) => c.purpose); // ['Tells visitors apart', 'Keeps the session state']
 */
export const presetInfo =
  (texts: PresetTexts, vendor: (id: string) => string | undefined) =>
  (id: string): PresetDetails | undefined => {
    const info = INFO[id];
    const t = texts[id];
    // An inherited name such as "toString" has no cookie table.
    return info?.cookies && t
      ? {
          purpose: t[0],
          description: t[1],
          ...info,
          vendor: vendor(id),
          cookies: info.cookies.map((c, i) => ({ ...c, purpose: t[2][i]! })),
        }
      : undefined;
  };

/** Every preset's id (the languages' texts cover each). */
export const PRESET_IDS = Object.keys(INFO);
