import { describe, expect, it } from 'vitest';
import { normaliseArea } from '../../src/core/index.js';

describe('normaliseArea', () => {
  it('upper-cases, trims and collapses runs of white space to one space', () => {
    expect(normaliseArea('gu21')).toBe('GU21');
    expect(normaliseArea('surrey  heath')).toBe('SURREY HEATH');
    expect(normaliseArea(' surrey \t heath ')).toBe('SURREY HEATH');
  });

  it('treats a tab or line break like a space even when the value has no space', () => {
    expect(normaliseArea('gu21\t')).toBe('GU21');
    expect(normaliseArea('surrey\theath')).toBe('SURREY HEATH');
    expect(normaliseArea('surrey\nheath')).toBe(normaliseArea('surrey heath'));
    expect(normaliseArea(' \t ')).toBe('');
  });
});
