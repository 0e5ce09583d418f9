import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeEvents, snomed } from '../../src/referrals/index.js';
import { arbitraryReferral, makeReferral } from './arbitraries.js';

const REFERRAL = snomed.referral.code;
const DECLINED = snomed.declined.code;

describe('snomed', () => {
  it('holds the two verified codes only', () => {
    expect(Object.values(snomed).map((c) => c.code)).toEqual(['871731000000106', '871711000000103']);
  });
});

describe('codeEvents', () => {
  it('codes nothing for a referral with no answer', () => {
    expect(codeEvents(makeReferral())).toEqual([]);
  });

  it('codes the acceptance once and never the ongoing contacts', () => {
    const referral = makeReferral({
      events: [{ type: 'accepted', on: '2025-04-02' }],
      contacts: [
        { on: '2025-04-04', mode: 'telephone', attended: true },
        { on: '2025-04-11', mode: 'face-to-face', attended: true },
      ],
    });
    expect(codeEvents(referral).map((e) => [e.code, e.on])).toEqual([[REFERRAL, '2025-04-02']]);
  });

  it('codes the first interaction when no accepted event was recorded', () => {
    const referral = makeReferral({
      contacts: [
        { on: '2025-04-11', mode: 'face-to-face', attended: true },
        { on: '2025-04-04', mode: 'telephone', attended: true },
        { on: '2025-04-03', mode: 'telephone', attended: false },
      ],
    });
    expect(codeEvents(referral).map((e) => [e.code, e.on])).toEqual([[REFERRAL, '2025-04-04']]);
  });

  it('codes a decline, but not a stop after accepting', () => {
    expect(codeEvents(makeReferral({ events: [{ type: 'declined', on: '2025-04-02' }] })).map((e) => e.code)).toEqual([DECLINED]);
    const stopped = makeReferral({
      events: [
        { type: 'accepted', on: '2025-04-02' },
        { type: 'declined', on: '2025-04-20' },
      ],
    });
    expect(codeEvents(stopped).map((e) => e.code)).toEqual([REFERRAL]);
  });

  it('codes a decline then a later change of mind', () => {
    const referral = makeReferral({
      events: [
        { type: 'declined', on: '2025-04-02' },
        { type: 'accepted', on: '2025-04-09' },
      ],
    });
    expect(codeEvents(referral).map((e) => [e.code, e.on])).toEqual([
      [DECLINED, '2025-04-02'],
      [REFERRAL, '2025-04-09'],
    ]);
  });

  it('codes each episode after a reopen, ignoring contacts while closed', () => {
    const referral = makeReferral({
      events: [
        { type: 'accepted', on: '2025-04-02' },
        { type: 'closed', on: '2025-05-13', reason: 'goals-met' },
      ],
      contacts: [
        { on: '2025-05-20', mode: 'telephone', attended: true },
        { on: '2025-09-03', mode: 'telephone', attended: true },
      ],
    });
    expect(codeEvents(referral).map((e) => [e.code, e.on, e.episode])).toEqual([[REFERRAL, '2025-04-02', 0]]);
    const reopened = makeReferral({
      events: [
        { type: 'accepted', on: '2025-04-02' },
        { type: 'closed', on: '2025-05-13', reason: 'goals-met' },
        { type: 'reopened', on: '2025-09-01' },
        { type: 'accepted', on: '2025-09-04' },
        { type: 'declined', on: '2025-09-10' },
      ],
      contacts: [
        { on: '2025-05-20', mode: 'telephone', attended: true },
        { on: '2025-09-03', mode: 'telephone', attended: true },
      ],
    });
    expect(codeEvents(reopened).map((e) => [e.code, e.on, e.episode])).toEqual([
      [REFERRAL, '2025-04-02', 0],
      [REFERRAL, '2025-09-03', 1],
    ]);
  });

  it('codes the referral at most once per episode and in date order', () => {
    fc.assert(
      fc.property(arbitraryReferral, (referral) => {
        const entries = codeEvents(referral);
        const episodes = 1 + referral.events.filter((e) => e.type === 'reopened').length;
        expect(entries.filter((e) => e.code === REFERRAL).length).toBeLessThanOrEqual(episodes);
        expect(entries.filter((e) => e.code === DECLINED).length).toBeLessThanOrEqual(episodes);
        for (let i = 1; i < entries.length; i++) expect(entries[i]!.on >= entries[i - 1]!.on).toBe(true);
      }),
    );
  });
});
