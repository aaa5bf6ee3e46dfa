/** The seed shop's config: every vendor by its preset (Zendesk in a category of its own for the journeys). */
export const shopConfig = {
  revision: 1,
  categories: { necessary: { required: true }, functional: {}, analytics: {}, marketing: {} },
  services: {
    magento: { preset: 'magento' },
    ga4: { preset: 'google-analytics' },
    gtm: { preset: 'google-tag-manager' },
    ads: { preset: 'google-ads' },
    meta: { preset: 'meta-pixel' },
    smartlook: { preset: 'smartlook' },
    zendesk: { preset: 'zendesk-chat', category: 'functional' },
    youtube: { preset: 'youtube' },
  },
};
