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

export const info: PresetInfo = {
  privacyUrl: 'https://www.smartlook.com/privacy/',
  cookies: [
    { name: 'SL_C_*_SID', lifetime: 'P13M' },
    { name: 'SL_L_*_SID', lifetime: 'P13M', storage: 'local' },
    { name: 'SMARTLOOK_LS_QUEUED_CHUNKS', lifetime: 'P13M', storage: 'local' },
  ],
};
