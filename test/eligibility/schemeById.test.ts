import { describe, expect, it } from 'vitest';
import { schemeById, schemes } from '../../src/eligibility/index.js';

describe('schemeById', () => {
  it('finds every preset by the id its results carry', () => {
    for (const scheme of Object.values(schemes)) expect(schemeById(scheme.id)).toBe(scheme);
  });

  it('gives null for an unknown id or anything that is not one', () => {
    expect(schemeById('ways to wellness')).toBeNull();
    expect(schemeById(42 as never)).toBeNull();
    expect(schemeById(undefined as never)).toBeNull();
  });

  it('has no two presets with one id', () => {
    const ids = Object.values(schemes).map((scheme) => scheme.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
