/**
 * C18: the site's proof server holds the audit's own decisions, verifiably.
 */
import { judge } from './catalogue.mjs';

/**
 * Fetches the proof server's public key and verifies a receipt with `@cookiegate/server`'s
 * `verifyReceipt` (when installed).
 *
 * @example
 * const v = await verifyAuditReceipt(receipt, 'https://shop.example/v1/proofs');
 */
export async function verifyAuditReceipt(receipt, proofEndpoint) {
  if (!receipt || receipt.error) return { error: receipt?.error ?? 'no receipt' };
  let verifyReceipt;
  try {
    ({ verifyReceipt } = await import('@cookiegate/server'));
  } catch {
    return { error: 'install @cookiegate/server to verify receipts' };
  }
  try {
    const res = await fetch(new URL('/v1/public-key', proofEndpoint), { signal: AbortSignal.timeout(10_000) });
    const { publicKeyPem } = await res.json();
    return verifyReceipt(receipt, publicKeyPem);
  } catch (e) {
    return { error: `public key: ${e.message}` };
  }
}

/**
 * C18: the receipt of the audit's accept and withdrawal has both records, with the
 * consent id, and verifies against the signed tree head.
 *
 * @example
 * c18(vp.accept, verification, config);
 */
export function c18(accept, verification, config) {
  if (!config) return judge('C18', 'n/a', 'not cookiegate: the page names no proof server');
  if (!config.proofEndpoint) return judge('C18', 'n/a', 'the config names no proofEndpoint');
  if (!accept?.receipt) return judge('C18', 'n/a', 'no receipt (nothing accepted)');
  if (accept.receipt.error) return judge('C18', 'fail', `receipt: ${accept.receipt.error}`);
  const entries = accept.receipt.entries ?? [];
  const problems = [];
  if (entries.length < 2) problems.push(`${entries.length} record(s) for the audit's accept and withdrawal`);
  if (verification?.error) problems.push(verification.error);
  else if (!verification?.valid) problems.push(...(verification?.problems ?? ['not verified']));
  const ips = entries.map((e) => e.record?.ip).filter(Boolean);
  if (ips.some((ip) => !/(\.0$|::$|:0$)/.test(ip))) problems.push(`untruncated IP in a record: ${ips.join(', ')}`);
  if (problems.length) return judge('C18', verification?.error?.startsWith('install') ? 'warn' : 'fail', problems);
  return judge(
    'C18',
    'pass',
    `${entries.length} records for consent id ${accept.receipt.consentId}; signatures and inclusion proofs verified`,
  );
}
