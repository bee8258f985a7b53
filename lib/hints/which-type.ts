/**
 * "Which type do I have?" (issue 3, item 5) as data: a short question tree the overlay and the popup
 * both render. How credit reached the user decides the path (DOMAIN.md): an offer shown inside Ads
 * Manager is spend-match, a code received from outside is a coupon.
 */

export type CreditType = 'spend-match' | 'code';

export interface GuideOption {
  label: string;
  /** Examples under the label, to help the user recognise their case. */
  detail: string;
  /** A question id or an outcome id. */
  next: string;
}

export interface GuideQuestion {
  id: string;
  question: string;
  options: readonly GuideOption[];
}

export interface GuideOutcome {
  id: string;
  type: CreditType;
  title: string;
  summary: string;
  /** What to do, in order. */
  steps: readonly string[];
  /** What the popup offers next: track an offer or save a code. */
  action: 'track-offer' | 'save-code';
}

export interface WhichTypeGuide {
  start: string;
  questions: Readonly<Record<string, GuideQuestion>>;
  outcomes: Readonly<Record<string, GuideOutcome>>;
}

export const WHICH_TYPE_GUIDE: WhichTypeGuide = Object.freeze<WhichTypeGuide>({
  start: 'how-received',
  questions: {
    'how-received': {
      id: 'how-received',
      question: 'How did you get this credit offer?',
      options: [
        {
          label: 'It was shown in TikTok Ads Manager',
          detail: 'During or after sign-up, or through a partner app such as Shopify, WooCommerce or TikTok Shop: "Spend X, get Y".',
          next: 'spend-match',
        },
        {
          label: 'I received a code',
          detail: 'Letters and digits in an e-mail, from a partner, at an event or on a promotions site.',
          next: 'code',
        },
        { label: 'Not sure', detail: 'Answer one more question.', next: 'anything-to-type' },
      ],
    },
    'anything-to-type': {
      id: 'anything-to-type',
      question: 'Do you have a code of letters and digits to type in?',
      options: [
        { label: 'Yes', detail: 'For example WELCOME50 or A1B2-C3D4.', next: 'code' },
        { label: 'No', detail: 'Only a promise of credit after spending an amount.', next: 'spend-match' },
      ],
    },
  },
  outcomes: {
    'spend-match': {
      id: 'spend-match',
      type: 'spend-match',
      title: 'Spend-match offer',
      summary: 'Nothing to enter: TikTok adds the credit on its own once your qualifying spend crosses the threshold.',
      steps: [
        'Only spend after the offer is activated counts; taxes do not.',
        'Plan the campaigns that will use the credit before you cross the threshold: once it lands, its expiry clock starts.',
        'After crossing, watch the ad credit balance in Finance > Payment: credit usually lands within 24-48 hours (some partner programs take up to 7 days).',
        'Nothing after 48 hours? Check in Billing that the spend was recorded, then contact Ads Manager support.',
        'An account holds one active promotion at a time: a code entered meanwhile will most likely be rejected.',
      ],
      action: 'track-offer',
    },
    code: {
      id: 'code',
      type: 'code',
      title: 'Coupon or promo code',
      summary: 'Enter it yourself in Billing: the credit appears as soon as the code is accepted.',
      steps: [
        'Activate it within 14 days of receiving it.',
        'Open Finance > Payment, click "Redeem coupon" in the upper right, type the code, then click Activate.',
        'Type it exactly: no spaces, and O/0, I/1/l, S/5, B/8 are different characters.',
        'Rejected? Check the expiry date, whether it was already used, eligibility, and whether another promotion is active, then contact support with the code and account id.',
      ],
      action: 'save-code',
    },
  },
});

/** A question or an outcome by id, for the UI stepping through the guide. */
export function guideStep(id: string): { question: GuideQuestion } | { outcome: GuideOutcome } | null {
  // Own keys only: an id such as "__proto__" must not reach Object.prototype.
  if (Object.hasOwn(WHICH_TYPE_GUIDE.questions, id)) return { question: WHICH_TYPE_GUIDE.questions[id]! };
  if (Object.hasOwn(WHICH_TYPE_GUIDE.outcomes, id)) return { outcome: WHICH_TYPE_GUIDE.outcomes[id]! };
  return null;
}
