import { describe, expect, it } from 'vitest';
import { serviceStatistics } from '../../src/outcomes/index.js';

const options = { from: '2025-04-01', to: '2025-04-30' };

describe('serviceStatistics', () => {
  it('refuses a string of records: iterable, but as characters, not records', () => {
    expect(() => serviceStatistics('R-1,2025-04-01' as never, options)).toThrow('outcomes/invalid-input');
    expect(() => serviceStatistics(null as never, options)).toThrow('outcomes/invalid-input');
  });

  it('reads any other collection of records', () => {
    const referral = { id: 'R-1', referredOn: '2025-04-02', source: 'self', serviceId: 'walk', events: [{ type: 'accepted', on: '2025-04-03' }] };
    expect(serviceStatistics(new Set([referral]), options)).toEqual(serviceStatistics([referral], options));
  });
});
