/**
 * Export of one consent id's records (data-subject access requests).
 */
import type { ProofRecord } from '../log/record.js';
import type { ProofStore } from '../stores/types.js';

/** JSON export of one consent id. */
export interface ConsentExport {
  consentId: string;
  exportedAt: string;
  records: Array<{ record: ProofRecord; leafHash: string }>;
}

/**
 * @example const data = await exportConsent(store, '0b5c…'); // records of every site, oldest first
 */
export async function exportConsent(store: ProofStore, consentId: string): Promise<ConsentExport> {
  const records = await store.recordsByConsent(consentId);
  return { consentId, exportedAt: new Date().toISOString(), records };
}
