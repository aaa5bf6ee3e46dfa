import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_ROOT } from './merkle.js';
import { TreeHeadSigner, keyIdOf, loadSigningKey, verifyTreeHead } from './tree-head.js';

describe('signed tree heads', () => {
  it('sign and verify with Ed25519; any change breaks the signature', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const signer = new TreeHeadSigner(privateKey);
    const sth = signer.sign('https://a.example', 0, EMPTY_ROOT);
    expect(sth.keyId).toBe(keyIdOf(publicKey));
    expect(verifyTreeHead(sth, signer.publicKeyPem)).toBe(true);
    expect(verifyTreeHead({ ...sth, treeSize: 1 }, signer.publicKeyPem)).toBe(false);
    expect(verifyTreeHead({ ...sth, site: 'https://b.example' }, publicKey)).toBe(false);
    const other = generateKeyPairSync('ed25519').publicKey;
    expect(verifyTreeHead(sth, other)).toBe(false);
  });

  it('generates and persists a key on first start, then reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookiegate-key-'));
    try {
      const file = join(dir, 'sub', 'signing-key.pem');
      expect(() => loadSigningKey({ file })).toThrow(/not found/);
      const a = loadSigningKey({ file, create: true });
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const b = loadSigningKey({ file });
      expect(keyIdOf(a)).toBe(keyIdOf(b));
      expect(keyIdOf(loadSigningKey({ pem: readFileSync(file, 'utf8') }))).toBe(keyIdOf(a));
      expect(() => new TreeHeadSigner(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey)).toThrow(
        /Ed25519/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
