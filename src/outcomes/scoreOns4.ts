import { SocialPrescribingError, type ValidationIssue } from '../core/index.js';

/**
 * The four ONS personal wellbeing answers, each 0–10.
 *
 * @category Instruments
 */
export interface Ons4Answers {
  /** "Overall, how satisfied are you with your life nowadays?" 0–10. */
  readonly lifeSatisfaction: number;
  /** "Overall, to what extent do you feel that the things you do in your life are worthwhile?" 0–10. */
  readonly worthwhile: number;
  /** "Overall, how happy did you feel yesterday?" 0–10. */
  readonly happiness: number;
  /** "Overall, how anxious did you feel yesterday?" 0–10 (higher is worse). */
  readonly anxiety: number;
}

/**
 * ONS band of a positively worded item (life satisfaction, worthwhile, happiness).
 *
 * @category Instruments
 */
export type Ons4Band = 'low' | 'medium' | 'high' | 'very-high';

/**
 * ONS band of the anxiety item, where lower is better.
 *
 * @category Instruments
 */
export type Ons4AnxietyBand = 'very-low' | 'low' | 'medium' | 'high';

/**
 * The ONS band of each of the four answers.
 *
 * @category Instruments
 */
export interface Ons4Bands {
  /** Band of life satisfaction. */
  readonly lifeSatisfaction: Ons4Band;
  /** Band of "worthwhile". */
  readonly worthwhile: Ons4Band;
  /** Band of happiness yesterday. */
  readonly happiness: Ons4Band;
  /** Band of anxiety yesterday (reversed). */
  readonly anxiety: Ons4AnxietyBand;
}

const POSITIVE_ITEMS = ['lifeSatisfaction', 'worthwhile', 'happiness', 'anxiety'] as const;

/** Band of a positive item: 0–4 low, 5–6 medium, 7–8 high, 9–10 very high. */
export function ons4Band(score: number): Ons4Band {
  return score <= 4 ? 'low' : score <= 6 ? 'medium' : score <= 8 ? 'high' : 'very-high';
}

/** Band of the anxiety item: 0–1 very low, 2–3 low, 4–5 medium, 6–10 high. */
export function ons4AnxietyBand(score: number): Ons4AnxietyBand {
  return score <= 1 ? 'very-low' : score <= 3 ? 'low' : score <= 5 ? 'medium' : 'high';
}

/**
 * Bands the ONS4 personal wellbeing answers as the Office for National
 * Statistics does: life satisfaction, worthwhile and happiness 0–4 low,
 * 5–6 medium, 7–8 high, 9–10 very high; anxiety reversed, 0–1 very low,
 * 2–3 low, 4–5 medium, 6–10 high. The ONS4 questions are free to use.
 *
 * @param answers - The four answers, each a whole number from 0 to 10.
 * @returns The band of each answer.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-items` when an answer is missing or is not a whole
 * number from 0 to 10 (each reported by name).
 * @see the Sources guide, "Outcomes" (ONS4 bands)
 * @see Office for National Statistics, "Personal well-being user guidance"
 * @category Instruments
 * @example
 * ```ts
 * import { scoreOns4 } from 'social-prescribing/outcomes';
 *
 * scoreOns4({ lifeSatisfaction: 4, worthwhile: 6, happiness: 8, anxiety: 1 });
 * //=> { lifeSatisfaction: 'low', worthwhile: 'medium', happiness: 'high', anxiety: 'very-low' }
 * scoreOns4({ lifeSatisfaction: 9, worthwhile: 10, happiness: 7, anxiety: 6 });
 * //=> { lifeSatisfaction: 'very-high', worthwhile: 'very-high', happiness: 'high', anxiety: 'high' }
 * scoreOns4({ lifeSatisfaction: 11, worthwhile: 6, happiness: 8, anxiety: 1 });
 * //=> throws 'outcomes/invalid-items'
 * ```
 */
export function scoreOns4(answers: Ons4Answers): Ons4Bands {
  const input: unknown = answers;
  if (typeof input !== 'object' || input === null) {
    throw new SocialPrescribingError('outcomes/invalid-items', [{ path: [], message: 'must be an object of four answers' }]);
  }
  const record = input as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  for (const name of POSITIVE_ITEMS) {
    const value = record[name];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10) {
      issues.push({ path: [name], message: 'must be a whole number from 0 to 10' });
    }
  }
  if (issues.length > 0) throw new SocialPrescribingError('outcomes/invalid-items', issues);
  return {
    lifeSatisfaction: ons4Band(answers.lifeSatisfaction),
    worthwhile: ons4Band(answers.worthwhile),
    happiness: ons4Band(answers.happiness),
    anxiety: ons4AnxietyBand(answers.anxiety),
  };
}
