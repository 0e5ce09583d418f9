import { SocialPrescribingError } from '../core/index.js';
import { checkItems } from './instruments.js';

/**
 * MYCaW answers: one or two concerns chosen by the person, and wellbeing.
 *
 * @category Instruments
 */
export interface MycawAnswers {
  /** How much each concern bothers the person now: one or two scores, each 0–6. */
  readonly concerns: readonly number[];
  /** "How would you rate your general feeling of wellbeing now?" 0–6. */
  readonly wellbeing: number;
}

/**
 * A scored MYCaW questionnaire. Lower is better.
 *
 * @category Instruments
 */
export interface MycawScore {
  /** Mean of the concern scores, 0–6. */
  readonly concerns: number;
  /** The wellbeing score, 0–6. */
  readonly wellbeing: number;
  /** Profile score: the mean of every concern score and the wellbeing score, 0–6. */
  readonly profile: number;
}

/**
 * Scores Measure Yourself Concerns and Wellbeing (MYCaW): the person names one
 * or two concerns and rates each, and their general wellbeing, from 0 to 6.
 *
 * Direction: this library treats lower as better (0 = "not bothered at all" /
 * "as good as it could be"). That direction is not verified
 * against the primary source [U], so check it against the version of the form you use.
 * MYCaW is free for non-commercial use; register with its authors (Bristol / MYCaW team) first.
 *
 * @param answers - The concern scores and the wellbeing score.
 * @returns The mean concern score, the wellbeing score and the profile score (mean of all items).
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-items` when there are not one or two concern scores,
 * or a score is not a whole number from 0 to 6.
 * @see the Sources guide, "Outcomes" (MYCaW, direction unverified)
 * @see Paterson C et al. (2007), "Measure Yourself Concerns and Wellbeing (MYCaW)", Complement Ther Med 15:38–45
 * @category Instruments
 * @example
 * ```ts
 * import { scoreMycaw } from 'social-prescribing/outcomes';
 *
 * scoreMycaw({ concerns: [5, 3], wellbeing: 4 });
 * //=> { concerns: 4, wellbeing: 4, profile: 4 }
 * scoreMycaw({ concerns: [6], wellbeing: 3 });
 * //=> { concerns: 6, wellbeing: 3, profile: 4.5 }
 * scoreMycaw({ concerns: [], wellbeing: 3 });
 * //=> throws 'outcomes/invalid-items'
 * ```
 */
export function scoreMycaw(answers: MycawAnswers): MycawScore {
  const input: unknown = answers;
  if (typeof input !== 'object' || input === null) {
    throw new SocialPrescribingError('outcomes/invalid-items', [{ path: [], message: 'must be an object with concerns and wellbeing' }]);
  }
  const record = input as { concerns?: unknown; wellbeing?: unknown };
  const wellbeing = record.wellbeing;
  if (typeof wellbeing !== 'number' || !Number.isInteger(wellbeing) || wellbeing < 0 || wellbeing > 6) {
    throw new SocialPrescribingError('outcomes/invalid-items', [{ path: ['wellbeing'], message: 'must be a whole number from 0 to 6' }]);
  }
  const concerns = checkItems(record.concerns, [1, 2], 0, 6, ['concerns']);
  const concernSum = concerns.reduce((sum, item) => sum + item, 0);
  return {
    concerns: concernSum / concerns.length,
    wellbeing: wellbeing === 0 ? 0 : wellbeing, // normalise -0
    profile: (concernSum + wellbeing) / (concerns.length + 1),
  };
}
