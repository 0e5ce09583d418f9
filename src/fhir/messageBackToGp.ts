import * as z from 'zod';
import { IsoDateSchema, parseWithSchema, SocialPrescribingError, type IsoDate } from '../core/index.js';
import {
  codeEvents,
  contactSummary,
  ReferralSchema,
  type ReferralInput,
  referralStatus,
  type ContactBand,
  type GoalStatus,
  type MeasureTimepoint,
  type NeedCategory,
  type OnwardKind,
  type ReferralStatus,
} from '../referrals/index.js';
import { FHIR_CODES } from './codes.js';
import { computedScores, instrumentName, plain } from './measures.js';

/**
 * Zod schema of the options of {@link messageBackToGp}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { MessageBackOptionsSchema } from 'social-prescribing/fhir';
 *
 * MessageBackOptionsSchema.safeParse({ consentToShare: true, asOf: '2025-06-30' }).success;
 * //=> true
 * MessageBackOptionsSchema.safeParse({ asOf: '2025-06-30' }).success;
 * //=> false
 * ```
 */
export const MessageBackOptionsSchema = /* @__PURE__ */ (() => z.strictObject({
  consentToShare: z.boolean(),
  asOf: IsoDateSchema,
}))();

/**
 * Options of {@link messageBackToGp}: whether the person consented to share
 * information with the GP and referrer, and the day the message is written.
 *
 * @category Message back
 */
export type MessageBackOptions = z.input<typeof MessageBackOptionsSchema>;

/**
 * A SNOMED CT code for the GP system to record (PRSB: the codes the GP records).
 *
 * @category Message back
 */
export interface MessageBackCode {
  readonly system: string;
  readonly code: string;
  readonly term: string;
  readonly on: IsoDate;
}

/**
 * One assessment in the message back (PRSB "Assessments": structured assessment
 * name, total score, subscale scores).
 *
 * @category Message back
 */
export interface MessageBackAssessment {
  readonly instrument: string;
  /** The instrument's name (the PRSB structured assessment name, as free text: no verified code exists). */
  readonly name: string;
  readonly timepoint: MeasureTimepoint;
  readonly on: IsoDate;
  /** The recorded score, or `null`. */
  readonly score: number | null;
  /** Scores computed from the items by the scorers of `outcomes`, with the ONS4 bands. */
  readonly scores: readonly { readonly name: string; readonly value: number; readonly band: string | null }[];
}

/**
 * The structured content of the message back, by PRSB Social Prescribing
 * Information Standard section; present only with consent to share.
 *
 * @category Message back
 */
export interface MessageBackContent {
  /** PRSB "Referral details". */
  readonly referral: {
    readonly referredOn: IsoDate;
    readonly source: string;
    readonly schemeId: string | null;
    readonly pcn: string | null;
    readonly status: ReferralStatus;
    readonly closedOn: IsoDate | null;
    readonly closeReason: string | null;
  };
  /** PRSB "Contacts with professionals", summarised. */
  readonly contacts: {
    readonly attended: number;
    readonly missed: number;
    readonly band: ContactBand;
    readonly firstContactOn: IsoDate | null;
    readonly lastContactOn: IsoDate | null;
    readonly byMode: readonly { readonly mode: string; readonly attended: number }[];
  };
  /** PRSB "Needs, concerns or problems". */
  readonly needs: readonly NeedCategory[];
  /** PRSB "Signpost details" and support offered: each onward referral and signpost. */
  readonly support: {
    readonly referrals: number;
    readonly signposts: number;
    readonly organisations: number;
    readonly entries: readonly { readonly kind: OnwardKind; readonly organisationId: string; readonly activityId: string | null; readonly on: IsoDate }[];
  };
  /** PRSB "Assessments". */
  readonly assessments: readonly MessageBackAssessment[];
  /** PRSB "Care and support plan": goals and their status. */
  readonly plan: {
    readonly goals: readonly { readonly setOn: IsoDate; readonly status: GoalStatus; readonly need: NeedCategory | null }[];
    readonly met: number;
  };
}

/**
 * The message back to the GP and referrer, from {@link messageBackToGp}.
 *
 * @category Message back
 */
export interface MessageBack {
  /** The referral's own (pseudonymous) key, so the receiving system can file the message. */
  readonly reference: string;
  readonly asOf: IsoDate;
  /** PRSB "Consent for information sharing". */
  readonly consentToShare: boolean;
  /** The SNOMED CT codes to record, on or before `asOf`. */
  readonly codes: readonly MessageBackCode[];
  /** The structured content; `null` without consent to share (the message then carries the codes only). */
  readonly content: MessageBackContent | null;
  /** The plain-text letter, built from codes, dates, the library's vocabularies and counts only. */
  readonly letter: string;
}

const GOAL_WORDS: Readonly<Record<GoalStatus, string>> = {
  set: 'set',
  'in-progress': 'in progress',
  met: 'met',
  'partly-met': 'partly met',
  'not-met': 'not met',
};

/**
 * The message back to the GP and referrer after the PRSB Social Prescribing
 * Information Standard v1.1: the structured content (referral details, contacts
 * summary, needs and concerns, support offered and signposting, assessments with
 * scores, plan and goal status, the codes to record) and a plain-text letter,
 * from what the referral records on or before `asOf`.
 *
 * Without consent to share (`consentToShare: false`) the message carries the
 * SNOMED CT codes only (from {@link referrals!codeEvents}): `content` is `null`
 * and the letter lists the codes. With consent, the letter holds dates, counts,
 * the library's own vocabularies (need categories, statuses, contact modes),
 * instrument names and scores: never a caller's free text or the ids of
 * schemes, PCNs, workers or organisations (those stay in `content`, as coded
 * references). The referral's own key heads both, so the receiving system can
 * file the message.
 *
 * @param referral - A referral (checked with {@link referrals!ReferralSchema}).
 * @param options - Consent to share, and the day the message is written.
 * @returns The message back.
 * @throws {@link core!SocialPrescribingError} `fhir/invalid-referral` when the referral fails `ReferralSchema`.
 * @throws {@link core!SocialPrescribingError} `fhir/invalid-options` when the options fail {@link MessageBackOptionsSchema}, or `asOf` is before the referral date.
 * @see https://theprsb.org/standards/social-prescribing-standard/ (PRSB Social Prescribing Information Standard v1.1, January 2023)
 * @see NHS England's coding guidance for social prescribing link workers, as quoted by Transformation Partners in Health and Care, Social Prescribing Link Workers' FAQs (https://www.transformationpartnersinhealthandcare.nhs.uk/our-work/personalised_care/arrs-roles/social-prescribing/faqs/)
 * @category Message back
 * @example
 * ```ts
 * import { messageBackToGp } from 'social-prescribing/fhir';
 *
 * const referral = {
 *   id: 'R-0001',
 *   referredOn: '2025-04-01',
 *   source: 'gp-practice',
 *   needs: ['social-isolation'],
 *   events: [{ type: 'accepted', on: '2025-04-02' }],
 *   contacts: [{ on: '2025-04-09', mode: 'telephone', attended: true }],
 * };
 * const message = messageBackToGp(referral, { consentToShare: false, asOf: '2025-04-30' });
 * [message.content, message.codes.map((code) => code.code)];
 * //=> [null, ['871731000000106']]
 * message.letter.split('\n').at(-1);
 * //=> '- 871731000000106 Referral to social prescribing service (procedure), 2025-04-02'
 * messageBackToGp(referral, { consentToShare: true, asOf: '2025-04-30' }).content?.contacts.attended;
 * //=> 1
 * messageBackToGp(referral, { consentToShare: 'yes', asOf: '2025-04-30' } as never);
 * //=> throws 'fhir/invalid-options'
 * ```
 */
export function messageBackToGp(referral: ReferralInput, options: MessageBackOptions): MessageBack {
  const r = parseWithSchema(ReferralSchema, referral, 'fhir/invalid-referral');
  const { consentToShare, asOf } = parseWithSchema(MessageBackOptionsSchema, options, 'fhir/invalid-options');
  if (asOf < r.referredOn) {
    throw new SocialPrescribingError('fhir/invalid-options', [{ path: ['asOf'], message: 'must not be before the referral date' }]);
  }
  const codes: MessageBackCode[] = codeEvents(r)
    .filter((entry) => entry.on <= asOf)
    .map((entry) => ({ system: FHIR_CODES.snomedSystem, code: entry.code, term: entry.term, on: entry.on }));
  const header = ['Social prescribing: message back to the GP and referrer', `Reference: ${r.id}`, `Written: ${asOf}`];
  const codeLines = codes.length > 0 ? codes.map((code) => `- ${code.code} ${code.term}, ${code.on}`) : ['- none yet'];
  if (!consentToShare) {
    const letter = [...header, 'The person has not consented to share information: this message carries the codes to record only.', '', 'Codes to record:', ...codeLines];
    return { reference: r.id, asOf, consentToShare, codes, content: null, letter: letter.join('\n') };
  }

  const seen = { ...r, events: r.events.filter((event) => event.on <= asOf), contacts: r.contacts.filter((contact) => contact.on <= asOf) };
  const status = referralStatus(seen, asOf);
  const lastClose = seen.events.findLast((event) => event.type === 'closed');
  const closed = status === 'closed' && lastClose !== undefined;
  const summary = contactSummary(seen);
  const attendedDates = seen.contacts.filter((contact) => contact.attended).map((contact) => contact.on).sort();
  const byMode = new Map<string, number>();
  for (const contact of seen.contacts) if (contact.attended) byMode.set(contact.mode, (byMode.get(contact.mode) ?? 0) + 1);
  const onward = r.onward.filter((entry) => entry.on <= asOf);
  const measures = r.measures.filter((measure) => measure.on <= asOf);
  const goals = r.goals.filter((goal) => goal.setOn <= asOf);

  const content: MessageBackContent = {
    referral: {
      referredOn: r.referredOn,
      source: r.source,
      schemeId: r.schemeId ?? null,
      pcn: r.pcn ?? null,
      status,
      closedOn: closed ? lastClose.on : null,
      closeReason: closed ? lastClose.reason : null,
    },
    contacts: {
      attended: summary.attended,
      missed: summary.missed,
      band: summary.band,
      firstContactOn: attendedDates[0] ?? null,
      lastContactOn: attendedDates.at(-1) ?? null,
      byMode: [...byMode].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([mode, attended]) => ({ mode, attended })),
    },
    needs: r.needs,
    support: {
      referrals: onward.filter((entry) => entry.kind === 'referral').length,
      signposts: onward.filter((entry) => entry.kind === 'signpost').length,
      organisations: new Set(onward.map((entry) => entry.organisationId)).size,
      entries: onward.map((entry) => ({ kind: entry.kind, organisationId: entry.organisationId, activityId: entry.activityId ?? null, on: entry.on })),
    },
    assessments: measures.map((measure) => ({
      instrument: measure.instrument,
      name: instrumentName(measure.instrument),
      timepoint: measure.timepoint,
      on: measure.on,
      score: measure.score === undefined ? null : plain(measure.score),
      scores: computedScores(measure),
    })),
    plan: {
      goals: goals.map((goal) => ({ setOn: goal.setOn, status: goal.status, need: goal.need ?? null })),
      met: goals.filter((goal) => goal.status === 'met').length,
    },
  };
  return { reference: r.id, asOf, consentToShare, codes, content, letter: letterOf(header, content, codeLines) };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function letterOf(header: readonly string[], content: MessageBackContent, codeLines: readonly string[]): string {
  const { referral, contacts, needs, support, assessments, plan } = content;
  const closing = referral.closedOn !== null ? ` on ${referral.closedOn}${referral.closeReason !== null ? ` (${referral.closeReason})` : ''}` : '';
  const lines = [
    ...header,
    '',
    `Referral: received ${referral.referredOn} from ${referral.source}; status ${referral.status}${closing}.`,
    `Contacts: ${contacts.attended} attended, ${contacts.missed} missed (${contacts.band} the expected 6 to 12)` +
      (contacts.firstContactOn !== null ? `; first ${contacts.firstContactOn}, last ${contacts.lastContactOn ?? contacts.firstContactOn}` : '') +
      (contacts.byMode.length > 0 ? `; ${contacts.byMode.map((entry) => `${entry.mode} ${entry.attended}`).join(', ')}` : '') +
      '.',
    `Needs and concerns: ${needs.length > 0 ? needs.join(', ') : 'none recorded'}.`,
    `Support offered: ${plural(support.referrals, 'onward referral')} and ${plural(support.signposts, 'signpost')}, to ${plural(support.organisations, 'organisation')}.`,
    `Plan: ${plural(plan.goals.length, 'goal')}` +
      (plan.goals.length > 0 ? ` (${plan.goals.map((goal) => `${goal.need ?? 'goal'} ${GOAL_WORDS[goal.status]}`).join('; ')})` : '') +
      '.',
    'Assessments:',
    ...(assessments.length > 0
      ? assessments.map((assessment) => {
          const scores = [
            ...(assessment.score !== null ? [`score ${assessment.score}`] : []),
            ...assessment.scores.map((score) => `${score.name} ${score.value}${score.band !== null ? ` (${score.band})` : ''}`),
          ];
          return `- ${assessment.name}, ${assessment.timepoint}, ${assessment.on}: ${scores.length > 0 ? scores.join('; ') : 'items recorded, not scored'}`;
        })
      : ['- none recorded']),
    '',
    'Codes to record:',
    ...codeLines,
  ];
  return lines.join('\n');
}
