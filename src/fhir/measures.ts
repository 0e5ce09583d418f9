/**
 * Internal: wellbeing measures named and scored for FHIR Observations and the
 * message back, through the scorers of `outcomes`.
 *
 * @module
 */
import { scoreMycaw, scoreOns4, scoreSwemwbs, scoreUcla3 } from '../outcomes/index.js';
import type { ReferralMeasure } from '../referrals/index.js';

/** The names written in `Observation.code.text` for the instruments the library knows (no verified code exists). */
export const INSTRUMENT_NAMES: Readonly<Record<string, string>> = {
  swemwbs: 'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)',
  ons4: 'ONS4 personal wellbeing',
  ucla3: 'UCLA 3-item loneliness scale',
  mycaw: 'Measure Yourself Concerns and Wellbeing (MYCaW)',
};

/** One named score of a measure. */
export interface NamedScore {
  readonly name: string;
  readonly value: number;
  readonly band: string | null;
}

const ONS4_ITEMS = ['life satisfaction', 'worthwhile', 'happiness yesterday', 'anxiety yesterday'] as const;

/** 0 for -0, so a result never holds -0. */
export function plain(value: number): number {
  return value === 0 ? 0 : value;
}

/**
 * The name of a measure's instrument: the known instruments' names, or the id itself.
 *
 * @example
 * ```ts
 * import { instrumentName } from './measures.js';
 *
 * [instrumentName('ons4'), instrumentName('pam')];
 * //=> ['ONS4 personal wellbeing', 'pam']
 * ```
 */
export function instrumentName(instrument: string): string {
  return Object.hasOwn(INSTRUMENT_NAMES, instrument) ? (INSTRUMENT_NAMES[instrument] as string) : instrument;
}

/**
 * The instrument id for an `Observation.code.text`: the reverse of {@link instrumentName}.
 *
 * @example
 * ```ts
 * import { instrumentFromName } from './measures.js';
 *
 * [instrumentFromName('UCLA 3-item loneliness scale'), instrumentFromName('pam')];
 * //=> ['ucla3', 'pam']
 * ```
 */
export function instrumentFromName(name: string): string {
  for (const [id, known] of Object.entries(INSTRUMENT_NAMES)) if (known === name) return id;
  return name;
}

/**
 * The scores computed from a measure's items by the scorers of `outcomes`: SWEMWBS
 * raw total and metric score, ONS4 items with their bands, UCLA-3 total, MYCaW
 * concerns, wellbeing and profile scores. Empty when there are no items or the
 * scorer refuses them (out of range, wrong count), and for any other instrument.
 *
 * @example
 * ```ts
 * import { computedScores } from './measures.js';
 *
 * computedScores({ instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-09', items: [3, 3, 2, 3, 3, 2, 3] });
 * //=> [{ name: 'SWEMWBS total (raw score)', value: 19, band: null }, { name: 'SWEMWBS metric score', value: 17.98, band: null }]
 * computedScores({ instrument: 'ucla3', timepoint: 'baseline', on: '2025-04-09', items: [3, 3, 7] });
 * //=> []
 * ```
 */
export function computedScores(measure: ReferralMeasure): NamedScore[] {
  const items = measure.items;
  if (items === undefined) return [];
  try {
    switch (measure.instrument) {
      case 'swemwbs': {
        const { raw, metric } = scoreSwemwbs(items);
        return [score('SWEMWBS total (raw score)', raw), score('SWEMWBS metric score', metric)];
      }
      case 'ons4': {
        if (items.length !== 4) return [];
        const [lifeSatisfaction, worthwhile, happiness, anxiety] = items as [number, number, number, number];
        const bands = scoreOns4({ lifeSatisfaction, worthwhile, happiness, anxiety });
        const values = [lifeSatisfaction, worthwhile, happiness, anxiety];
        const bandList = [bands.lifeSatisfaction, bands.worthwhile, bands.happiness, bands.anxiety];
        return ONS4_ITEMS.map((name, i) => ({ name: `ONS4 ${name}`, value: plain(values[i] as number), band: bandList[i] as string }));
      }
      case 'ucla3':
        // The cut-off only sets `lonely`, which is not written: the total is the same for every cut-off.
        return [score('UCLA-3 total', scoreUcla3(items, { lonelyAtOrAbove: 6 }).total)];
      case 'mycaw': {
        if (items.length < 2) return [];
        const result = scoreMycaw({ concerns: items.slice(0, -1), wellbeing: items[items.length - 1] as number });
        return [score('MYCaW concerns score', result.concerns), score('MYCaW wellbeing score', result.wellbeing), score('MYCaW profile score', result.profile)];
      }
      default:
        return [];
    }
  } catch {
    return []; // items the scorer refuses are written as items only
  }
}

function score(name: string, value: number): NamedScore {
  return { name, value: plain(value), band: null };
}
