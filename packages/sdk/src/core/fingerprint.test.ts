import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint';

describe('fingerprint', () => {
  const config = { revision: 1, categories: { necessary: { required: true } } };

  it('is the same for the same config, however it is spaced', () => {
    expect(fingerprint(JSON.parse(JSON.stringify(config, null, 2)))).toBe(fingerprint(config));
    expect(fingerprint(config)).toMatch(/^[0-9a-z]+$/);
  });

  it('covers every character, multi-byte ones and a tail shorter than a word included', () => {
    const seen = new Set(
      ['Analys', 'Analyz', 'Anälys', 'Analys ', 'Analy'].map((title) => fingerprint({ ...config, title })),
    );
    expect(seen.size).toBe(5);
  });

  it('changes with any edit', () => {
    expect(fingerprint({ ...config, revision: 2 })).not.toBe(fingerprint(config));
    expect(fingerprint({ ...config, categories: { necessary: { required: false } } })).not.toBe(fingerprint(config));
  });
});
