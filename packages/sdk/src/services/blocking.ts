// Build: the size-measurement build in rollup.config.mjs (no-presets) replaces this file with an
// empty PRESETS, to measure the head script without the presets; never shipped.
/**
 * The presets' blocking data, for the head script. Their texts are in `info.ts`, which
 * only the UI imports.
 */
import { blocking as googleAnalytics } from './google-analytics';
import { blocking as googleAds } from './google-ads';
import { blocking as googleTagManager } from './google-tag-manager';
import { blocking as magento } from './magento';
import { blocking as metaPixel } from './meta-pixel';
import { blocking as smartlook } from './smartlook';
import { blocking as youtube } from './youtube';
import { blocking as zendeskChat } from './zendesk-chat';
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
};
