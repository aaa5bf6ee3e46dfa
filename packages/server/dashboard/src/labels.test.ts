import { describe, expect, it } from 'vitest';
import { bucketLabel, localeLabel, surfaceLabel } from './labels.js';

describe('labels', () => {
  it('names buckets by their bounds', () => {
    expect(bucketLabel(null, 500)).toBe('≤ 0.5 s');
    expect(bucketLabel(500, 1000)).toBe('0.5–1 s');
    expect(bucketLabel(300000, null)).toBe('> 300 s');
  });
  it('names languages and surfaces, keeping unknown keys', () => {
    expect(localeLabel('sv')).toBe('Swedish (sv)');
    expect(localeLabel('not a tag!')).toBe('not a tag!');
    expect(surfaceLabel('floating')).toBe('Floating button');
    expect(surfaceLabel('api')).toBe('api');
  });
});
