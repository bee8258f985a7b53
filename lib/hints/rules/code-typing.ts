/**
 * While the user types into the page's promo code field: the mistakes that get a good code rejected
 * (spaces, look-alike characters, case), what the notes know about the code, and "one active
 * promotion at a time" (issue 3, item 3). Each problem is its own card, so each can be dismissed.
 */
import type { Code } from '../../notes/schema';
import { activePromotions } from '../active-promotions';
import { usableTimeZone } from '../../credit/calendar';
import { codeTiming, mayStillEnter, type CodeTiming } from '../../credit/code-window';
import { UNSEEN, asciiDigits, findSavedCode, normaliseCode } from '../codes';
import { msg, type Msg, type Param } from '../../i18n/message';
import { cleanText, parseInstant } from '../format';
import { dateOf, day } from '../params';
import { hintId } from '../hint-id';
import { causeShortMsg, offerStateMsg } from '../state-words';
import type { Hint, HintFact, HintInput, HintRule, NextStep, Severity } from '../types';

/** Codes are short; anything longer is a paste gone wrong and is only looked at this far. */
const MAX_TYPED = 200;
const LOOK_ALIKE_GROUPS: readonly { chars: RegExp; shown: Msg; smallL?: true }[] = [
  { chars: /[Oo0]/, shown: msg('factValue.lookAlikeO') },
  { chars: /[Il1]/, shown: msg('factValue.lookAlikeI'), smallL: true },
  { chars: /[Ss5]/, shown: msg('factValue.lookAlikeS') },
  { chars: /[B8]/, shown: msg('factValue.lookAlikeB') },
];

export const codeTypingHints: HintRule = (input) => {
  if (typeof input.typedCode !== 'string') return [];
  const typed = input.typedCode.slice(0, MAX_TYPED);
  if (!normaliseCode(typed)) return [];
  const saved = findSavedCode(typed, input.notes.codes, input.reading?.accountId ?? null);
  const subjectId = saved ? saved.code.id : 'typed';
  // What was typed is not the saved code as saved: the card offers that code to copy and paste instead,
  // unless Ads Manager would refuse it anyway (applied or expired), which the notes' own cards say.
  const timing = saved ? codeTiming(saved.code, input.now, usableTimeZone(input.timeZone)) : null;
  const pasteSaved: NextStep | null =
    saved && timing && typed !== saved.code.code && mayStillEnter(saved.code, timing) ? { label: msg('step.pasteSaved'), code: saved.code.code } : null;
  const make = (state: string, severity: Severity, title: Msg, explanation: Msg, facts: HintFact[] = [], nextStep: NextStep | null = null): Hint => ({
    id: hintId('code-typing', subjectId, state),
    kind: 'code-typing',
    state,
    severity,
    title,
    explanation: [explanation],
    facts: [{ label: msg('fact.youTyped'), value: visible(typed) }, ...facts],
    nextStep,
    ...(saved ? { subject: { type: 'code' as const, id: saved.code.id } } : {}),
  });
  const hints: Hint[] = [];

  const spaces = spacing(typed);
  if (spaces) {
    hints.push(make('spaces', 'warning', msg('hint.codeTyping.spacesTitle', { problems: { list: spaces.map((problem) => ({ msg: problem })) } }), msg('hint.codeTyping.spacesText'), [], pasteSaved));
  }

  // Digits an Arabic, Persian or Thai layout types; one that stands for a saved code's digit is a look-alike of it (below).
  const otherDigits = [...new Set([...typed].filter((ch) => asciiDigits(ch) !== ch))];
  if (!saved && otherDigits.length > 0) {
    hints.push(make('other-digits', 'warning', msg('hint.codeTyping.digitsTitle'), msg('hint.codeTyping.digitsText', { digits: { list: otherDigits } })));
  }

  if (saved?.match === 'look-alike') {
    hints.push(
      make(
        'differs-from-saved',
        'warning',
        msg('hint.codeTyping.differsTitle'),
        msg('hint.codeTyping.differsText', { saved: cleanText(saved.code.code, 64) }),
        [{ label: msg('fact.savedCode'), value: cleanText(saved.code.code, 64) }],
        pasteSaved,
      ),
    );
  } else if (!saved) {
    const groups = lookAlikes(typed);
    if (groups.length > 0) {
      hints.push(
        make(
          'look-alike',
          'info',
          msg('hint.codeTyping.lookAlikeTitle'),
          msg('hint.codeTyping.lookAlikeText'),
          [{ label: msg('fact.lookAlike'), value: { list: groups.map((group) => ({ msg: group })) } }],
        ),
      );
    }
  }

  const savedHasLowerCase = saved && /\p{Ll}/u.test(saved.code.code);
  if (/\p{Ll}/u.test(typed) && !savedHasLowerCase) {
    hints.push(
      make(
        'lower-case',
        'info',
        msg('hint.codeTyping.lowerCaseTitle'),
        saved ? msg('hint.codeTyping.lowerCaseSaved', { saved: cleanText(saved.code.code, 64) }) : msg('hint.codeTyping.lowerCaseText'),
        [],
        pasteSaved,
      ),
    );
  }

  if (saved?.match === 'exact' && timing) hints.push(...savedCodeHints(input, saved.code, timing, make));

  const active = activePromotions(input).filter((p) => p.strength === 'active');
  if (active.length > 0) {
    hints.push(
      make(
        'promotion-active',
        'warning',
        msg('hint.codeTyping.promotionActiveTitle'),
        msg('hint.codeTyping.promotionActiveText'),
        active.slice(0, 3).map((p) => ({
          label: p.source === 'page' ? msg('fact.onPromotionsPage') : msg('fact.inYourNotes'),
          value: { msg: msg('factValue.promotionState', { name: p.name, state: { msg: offerStateMsg(p.state ?? 'earning') } }) },
        })),
      ),
    );
  }
  return hints;
};

type Make = (state: string, severity: Severity, title: Msg, explanation: Msg, facts?: HintFact[], nextStep?: NextStep | null) => Hint;

function savedCodeHints(input: HintInput, code: Code, timing: CodeTiming, make: Make): Hint[] {
  const pageAccount = input.reading?.accountId ?? null;
  const hints: Hint[] = [];
  if (code.status === 'applied') {
    const on = parseInstant(code.appliedOn);
    const title = on ? msg('hint.codeTyping.appliedTitleOn', { date: dateOf(on) }) : msg('hint.codeTyping.appliedTitle');
    hints.push(make('already-applied', 'warning', title, msg('hint.codeTyping.appliedText')));
  } else if (code.status === 'rejected') {
    const message = cleanText(code.rejectedMessage, 200);
    const cause: Param | null = code.rejectedCause && code.rejectedCause !== 'unknown' ? { msg: causeShortMsg(code.rejectedCause) } : null;
    const said = cause
      ? message
        ? msg('hint.codeTyping.rejectedTextCauseMessage', { cause, message })
        : msg('hint.codeTyping.rejectedTextCause', { cause })
      : message
        ? msg('hint.codeTyping.rejectedTextMessage', { message })
        : msg('hint.codeTyping.rejectedText');
    hints.push(make('previously-rejected', 'info', msg('hint.codeTyping.rejectedTitle'), said));
  }
  if (timing.expired && timing.clock.expiresOn) {
    const on = { date: day(timing.clock.expiresOn) };
    // What the code's own deadline card says of it: the title has the day, the text what follows from it.
    hints.push(make('saved-code-expired', 'warning', msg('hint.codeTyping.expiredTitle', on), msg('hint.codeDeadline.expiredText')));
  } else if (timing.windowPassed && timing.clock.activateBy) {
    const date = day(timing.clock.activateBy);
    hints.push(
      make(
        'activation-window-passed',
        'warning',
        msg('hint.codeTyping.windowTitle', { date }),
        timing.clock.activateByFromNotes ? msg('hint.codeTyping.windowTextNoted', { date }) : msg('hint.codeTyping.windowTextReceived', { received: day(code.receivedOn), date }),
      ),
    );
  }
  if (pageAccount && code.accountId !== pageAccount) {
    hints.push(
      make('other-account', 'info', msg('hint.codeTyping.otherAccountTitle'), msg('hint.codeTyping.otherAccountText', { account: code.accountId })),
    );
  }
  if (hints.length === 0 && code.status === 'unused' && timing.clock.activateBy) {
    hints.push(make('matches-saved', 'success', msg('hint.codeTyping.matchesTitle'), msg('hint.codeTyping.matchesText', { date: day(timing.clock.activateBy) })));
  }
  return hints;
}

function spacing(typed: string): Msg[] | null {
  const problems: Msg[] = [];
  if (/^\s/.test(typed)) problems.push(msg('hint.codeTyping.problemStart'));
  if (/\s$/.test(typed)) problems.push(msg('hint.codeTyping.problemEnd'));
  if (/\S\s+\S/.test(typed)) problems.push(msg('hint.codeTyping.problemInside'));
  if (typed.search(UNSEEN) >= 0) problems.push(msg('hint.codeTyping.problemInvisible'));
  return problems.length === 0 ? null : problems;
}

function lookAlikes(typed: string): Msg[] {
  const mixes = /[A-Za-z]/.test(typed) && /\d/.test(typed);
  return LOOK_ALIKE_GROUPS.filter(({ chars, smallL }) => (mixes && chars.test(typed)) || (smallL && typed.includes('l'))).map(({ shown }) => shown);
}

/** The typed text with its spaces and invisible characters made visible, for the card. */
function visible(typed: string): string {
  const marked = typed.replace(/ /g, '␣').replace(/\s/g, '␣').replace(UNSEEN, '◌');
  return cleanText(marked, 80);
}
