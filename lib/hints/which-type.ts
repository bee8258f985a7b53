/**
 * "Which type do I have?" (issue 3, item 5) as data: a short question tree the overlay and the popup
 * both render. How credit reached the user decides the path (DOMAIN.md): an offer shown inside Ads
 * Manager is spend-match, a code received from outside is a coupon.
 */

import { msg, type Msg } from '../i18n/message';

export type CreditType = 'spend-match' | 'code';

export interface GuideOption {
  label: Msg;
  /** Examples under the label, to help the user recognise their case. */
  detail: Msg;
  /** A question id or an outcome id. */
  next: string;
}

export interface GuideQuestion {
  id: string;
  question: Msg;
  options: readonly GuideOption[];
}

export interface GuideOutcome {
  id: string;
  type: CreditType;
  title: Msg;
  summary: Msg;
  /** What to do, in order. */
  steps: readonly Msg[];
  /** What the popup offers next: track an offer or save a code. */
  action: 'track-offer' | 'save-code';
}

export interface WhichTypeGuide {
  start: string;
  questions: Readonly<Record<string, GuideQuestion>>;
  outcomes: Readonly<Record<string, GuideOutcome>>;
}

export const WHICH_TYPE_GUIDE: WhichTypeGuide = /* @__PURE__ */ Object.freeze<WhichTypeGuide>({
  start: 'how-received',
  questions: {
    'how-received': {
      id: 'how-received',
      question: msg('guide.howReceived.question'),
      options: [
        { label: msg('guide.howReceived.shownLabel'), detail: msg('guide.howReceived.shownDetail'), next: 'spend-match' },
        { label: msg('guide.howReceived.codeLabel'), detail: msg('guide.howReceived.codeDetail'), next: 'code' },
        { label: msg('guide.howReceived.unsureLabel'), detail: msg('guide.howReceived.unsureDetail'), next: 'anything-to-type' },
      ],
    },
    'anything-to-type': {
      id: 'anything-to-type',
      question: msg('guide.anythingToType.question'),
      options: [
        { label: msg('guide.anythingToType.yesLabel'), detail: msg('guide.anythingToType.yesDetail'), next: 'code' },
        { label: msg('guide.anythingToType.noLabel'), detail: msg('guide.anythingToType.noDetail'), next: 'spend-match' },
      ],
    },
  },
  outcomes: {
    'spend-match': {
      id: 'spend-match',
      type: 'spend-match',
      title: msg('guide.spendMatch.title'),
      summary: msg('guide.spendMatch.summary'),
      steps: [
        msg('guide.spendMatch.step1'),
        msg('guide.spendMatch.step2'),
        msg('guide.spendMatch.step3'),
        msg('guide.spendMatch.step4'),
        msg('guide.spendMatch.step5'),
      ],
      action: 'track-offer',
    },
    code: {
      id: 'code',
      type: 'code',
      title: msg('guide.code.title'),
      summary: msg('guide.code.summary'),
      steps: [msg('guide.code.step1'), msg('guide.code.step2'), msg('guide.code.step3'), msg('guide.code.step4')],
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
