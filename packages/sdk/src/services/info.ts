/**
 * The presets' descriptive texts (sv, en, da), for the UI's cookie table. Never imported
 * by the head script.
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
import type { PresetInfo } from './types';

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
 * The texts of a preset, or undefined for an unknown id.
 *
 * @example
 * presetInfo('google-analytics')?.cookies.map((c) => c.name); // ['_ga', '_ga_*']
 */
export function presetInfo(id: string): PresetInfo | undefined {
  return Object.prototype.hasOwnProperty.call(INFO, id) ? INFO[id] : undefined;
}
