/**
 * The distributions synthetic referrals are drawn from, each with its source.
 *
 * @module
 */
import type { ContactMode, NeedCategory } from '../referrals/index.js';
import { deepFreeze } from '../core/index.js';

// The table, typed by its assertions; exported frozen below.
const distributions = {
  needRates: {
    'weight-management': 0.24,
    'low-level-mental-health': 0.21,
    'social-isolation': 0.16,
    housing: 0.13,
    'money-and-debt': 0.13,
  } as Readonly<Partial<Record<NeedCategory, number>>>,
  fallbackNeedWeights: {
    'welfare-benefits': 6,
    'physical-activity': 5,
    'long-term-condition': 6,
    employment: 4,
    'carer-support': 3,
    bereavement: 3,
    relationships: 3,
    'substance-use': 1,
    'domestic-abuse': 1,
    other: 2,
  } as Readonly<Partial<Record<NeedCategory, number>>>,
  sourceWeights: {
    'gp-practice': 70,
    self: 8,
    professional: 6,
    'adult-social-care': 5,
    'hospital-discharge': 4,
    vcse: 4,
    gpimhs: 3,
  } as Readonly<Record<string, number>>,
  engagement: { engaged: 0.7, declined: 0.12, unableToContact: 0.1, acceptedNeverAttended: 0.08 },
  attendedContacts: { below: 0.15, within: 0.75, above: 0.1, expected: { min: 6, max: 12 } },
  contactModeWeights: {
    'face-to-face': 40,
    telephone: 30,
    video: 5,
    'home-visit': 10,
    group: 8,
    text: 4,
    email: 3,
  } as Readonly<Record<ContactMode, number>>,
  missedContactRate: 0.08,
  onwardShare: 0.75,
  onwardCounts: { 1: 50, 2: 28, 3: 12, 4: 6, 5: 4 } as Readonly<Record<number, number>>,
  organisations: 279,
  activities: 333,
  swemwbs: { completionRate: 0.6, baselineRaw: 21, baselineSd: 4, gainRaw: 2.5, gainSd: 3 },
  ageShares: { '16-19': 4, '20-59': 76, '60-74': 14, '75-90': 6 } as Readonly<Record<string, number>>,
  sexShares: { female: 50, male: 48, other: 1, unknown: 1 },
} as const;

/**
 * The distributions behind {@link generateReferrals} and {@link referralStream}.
 * Each figure from a seed document is marked with it; the rest are plausible
 * fill-ins so that records are complete, and are labelled as such.
 *
 * - `needRates`: chance that a person presents each need, drawn independently.
 *   The first five are Tower Hamlets' shares of clients (24% weight management,
 *   21% low-level mental health, 16% social isolation, 13% housing, 13% financial
 *   concerns, here `money-and-debt`); a person with none of the drawn needs gets one
 *   of the other categories (`fallbackNeedWeights`), so every record has a need.
 * - `sourceWeights`: referral sources, weighted to GP practices (most referrals
 *   come through practice staff in the seeds; the exact split is a fill-in).
 * - `engagement`: ~70% of people referred engage (Dundee); the rest decline,
 *   cannot be contacted, or accept but never attend (fill-in split).
 * - `attendedContacts`: engaged people's attended contacts, mostly 6–12
 *   (the NHS England / Sefton band).
 * - goals: each engaged person sets 1–2 goals; a person-level propensity makes
 *   ~65% of goals met overall (Dundee) and leaves ~80–85% of engaged people with
 *   some positive outcome (Dundee reports 84%).
 * - `onwardCounts`: among people referred on, 22% get 3 or more (Tower Hamlets);
 *   onward connections go to 333 activities across 279 organisations (Tower Hamlets),
 *   with a few popular ones chosen most often.
 * - SWEMWBS: baseline raw score around 21 (metric ≈ 19.3, about 4 points below the
 *   population means of 23.2–23.7) with a modest gain by exit.
 * - `ageShares`: 76% aged 20–59 (Dundee); `sexShares`: a fairly even split (Dundee).
 *
 * @see Social prescribing models in the UK (untitled table, undated) (Tower Hamlets needs mix, 2,034 onward referrals to 333 activities across 279 organisations, 22% got 3 or more)
 * @see What is a Community Link Worker? Paper 2 (last updated August 2018) (Dundee: 70% engage, 76% aged 20–59, 65% of goals met, 84% some positive outcome, even split of sexes)
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019) (6–12 contacts)
 * @see the Sources guide, "Outcomes" (SWEMWBS population means)
 * @category Synthetic
 * @example
 * ```ts
 * import { SYNTHETIC_DISTRIBUTIONS } from 'social-prescribing/synthetic';
 *
 * SYNTHETIC_DISTRIBUTIONS.needRates['weight-management'];
 * //=> 0.24
 * SYNTHETIC_DISTRIBUTIONS.engagement.engaged;
 * //=> 0.7
 * ```
 */
export const SYNTHETIC_DISTRIBUTIONS = /* @__PURE__ */ deepFreeze(distributions);
