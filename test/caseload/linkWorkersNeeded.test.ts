import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkWorkersNeeded } from '../../src/caseload/index.js';

describe('linkWorkersNeeded', () => {
  it('divides by 250 people a year by default', () => {
    expect(linkWorkersNeeded({ referralsPerYear: 500 })).toEqual({ min: 2, max: 2 });
    expect(linkWorkersNeeded({ referralsPerYear: { min: 480, max: 640 } })).toEqual({ min: 1.92, max: 2.56 });
  });

  it('takes the NHS England 200–250 range', () => {
    expect(linkWorkersNeeded({ referralsPerYear: 1000, peoplePerWorkerPerYear: { min: 200, max: 250 } })).toEqual({ min: 4, max: 5 });
  });

  it.each([
    [{ referralsPerYear: 100, peoplePerWorkerPerYear: 0 }, 'caseload/invalid-people-per-worker'],
    [{ referralsPerYear: 100, peoplePerWorkerPerYear: -250 }, 'caseload/invalid-people-per-worker'],
    [{ referralsPerYear: 100, peoplePerWorkerPerYear: Infinity }, 'caseload/invalid-people-per-worker'],
    [{ referralsPerYear: -1 }, 'caseload/invalid-referrals'],
    [{ referralsPerYear: { min: 2, max: 1 } }, 'caseload/inverted-range'],
    [undefined, 'caseload/invalid-options'],
  ])('rejects %j with %s', (options, code) => {
    expect(() => linkWorkersNeeded(options as never)).toThrow(expect.objectContaining({ code }));
  });

  it('more referrals or smaller caseloads never need fewer workers', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        (a, b, perWorker) => {
          const [few, many] = a <= b ? [a, b] : [b, a];
          expect(linkWorkersNeeded({ referralsPerYear: many, peoplePerWorkerPerYear: perWorker }).min).toBeGreaterThanOrEqual(
            linkWorkersNeeded({ referralsPerYear: few, peoplePerWorkerPerYear: perWorker }).min,
          );
          expect(linkWorkersNeeded({ referralsPerYear: many, peoplePerWorkerPerYear: perWorker / 2 }).max).toBeGreaterThanOrEqual(
            linkWorkersNeeded({ referralsPerYear: many, peoplePerWorkerPerYear: perWorker }).max,
          );
        },
      ),
    );
  });
});
