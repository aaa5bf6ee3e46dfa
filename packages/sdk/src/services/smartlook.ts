// Build: rollup.config.mjs (onlyLanguage) rewrites this file per UI file: the { sv, en, da } texts keep
// one language, and in cookiegate-ui-<lang>.js an info object keeps only its vendor and title.
/**
 * Smartlook session recording. Cookies and storage: help.smartlook.com/docs/cookies-smartlook
 * (SL_C_<hash>_SID cookie and SL_L_<hash>_SID localStorage, 13 months;
 * SMARTLOOK_LS_QUEUED_CHUNKS). Hosts: its CSP guide (*.smartlook.com, *.smartlook.cloud).
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Smartlook.com s.r.o.',
  title: 'Smartlook',
  category: 'analytics',
  hosts: ['smartlook.com', 'smartlook.cloud'],
  cookies: ['SL_*'],
  storage: ['SL_L_*', 'SMARTLOOK_*'],
};

const id = {
  sv: 'Kopplar ihop besökarens inspelade sessioner',
  en: 'Links the visitor’s recorded sessions',
  da: 'Forbinder den besøgendes optagede sessioner',
};

export const info: PresetInfo = {
  purpose: { sv: 'Inspelning av besök', en: 'Session recording', da: 'Optagelse af besøg' },
  description: {
    sv: 'Spelar in hur besökare rör sig och klickar på sidorna (inmatade uppgifter maskeras) så att vi hittar det som krånglar.',
    en: 'Records how visitors move and click on the pages (typed data is masked) so that we find what gets in the way.',
    da: 'Optager, hvordan besøgende bevæger sig og klikker på siderne (indtastede data maskeres), så vi kan finde det, der driller.',
  },
  privacyUrl: 'https://www.smartlook.com/privacy/',
  cookies: [
    { name: 'SL_C_*_SID', lifetime: 'P13M', purpose: id },
    { name: 'SL_L_*_SID', lifetime: 'P13M', storage: 'local', purpose: id },
    {
      name: 'SMARTLOOK_LS_QUEUED_CHUNKS',
      lifetime: 'P13M',
      storage: 'local',
      purpose: { sv: 'Data som ännu inte skickats', en: 'Data not sent yet', da: 'Data, der endnu ikke er sendt' },
    },
  ],
};
