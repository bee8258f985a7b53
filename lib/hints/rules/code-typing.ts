/**
 * While the user types into the page's promo code field: the mistakes that get a good code rejected
 * (spaces, look-alike characters, case), what the notes know about the code, and "one active
 * promotion at a time" (issue 3, item 3). Each problem is its own card, so each can be dismissed.
 */
import type { Code } from '../../notes/schema';
import { activePromotions } from '../active-promotions';
import { usableTimeZone } from '../../credit/calendar';
import { codeTiming } from '../../credit/code-window';
import { findSavedCode, normaliseCode } from '../codes';
import { cleanText, formatterFor, parseInstant, type Formatter } from '../format';
import { hintId } from '../hint-id';
import type { Hint, HintFact, HintInput, HintRule, Severity } from '../types';

/** Codes are short; anything longer is a paste gone wrong and is only looked at this far. */
const MAX_TYPED = 200;
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;
const LOOK_ALIKE_GROUPS: readonly { chars: RegExp; shown: string }[] = [
  { chars: /[Oo0]/, shown: 'O (letter) / 0 (zero)' },
  { chars: /[Il1]/, shown: 'I (capital i) / 1 (one) / l (small L)' },
  { chars: /[Ss5]/, shown: 'S / 5' },
  { chars: /[B8]/, shown: 'B / 8' },
];

export const codeTypingHints: HintRule = (input) => {
  if (typeof input.typedCode !== 'string') return [];
  const typed = input.typedCode.slice(0, MAX_TYPED);
  if (!normaliseCode(typed)) return [];
  const f = formatterFor(input.timeZone);
  const saved = findSavedCode(typed, input.notes.codes, input.reading?.accountId ?? null);
  const subjectId = saved ? saved.code.id : 'typed';
  const make = (state: string, severity: Severity, title: string, explanation: string, facts: HintFact[] = []): Hint => ({
    id: hintId('code-typing', subjectId, state),
    kind: 'code-typing',
    state,
    severity,
    title,
    explanation,
    facts: [{ label: 'You typed', value: visible(typed) }, ...facts],
    nextStep: null,
    ...(saved ? { subject: { type: 'code' as const, id: saved.code.id } } : {}),
  });
  const hints: Hint[] = [];

  const spaces = spacing(typed);
  if (spaces) {
    hints.push(make('spaces', 'warning', `Your code has ${spaces}`, 'Codes have no spaces; one copied along from an e-mail can make a good code fail. Remove it before pressing Activate.'));
  }

  if (saved?.match === 'look-alike') {
    hints.push(
      make(
        'differs-from-saved',
        'warning',
        'This differs from your saved code by a look-alike character',
        `Your saved code is ${cleanText(saved.code.code, 64)}. Letters and digits that look alike (O and 0, I and 1 and l, S and 5, B and 8) are different characters to TikTok.`,
        [{ label: 'Saved code', value: cleanText(saved.code.code, 64) }],
      ),
    );
  } else if (!saved) {
    const groups = lookAlikes(typed);
    if (groups.length > 0) {
      hints.push(
        make(
          'look-alike',
          'info',
          'Check look-alike characters',
          'Codes mix letters and digits, and some look alike in e-mail fonts. Compare these with the code you received.',
          [{ label: 'Look alike', value: groups.join('; ') }],
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
        'Promo codes are usually upper case',
        saved
          ? `Your saved code is ${cleanText(saved.code.code, 64)}. If the field is case-sensitive, type it in capitals.`
          : 'If the code you received is in capitals, type it that way: some fields are case-sensitive.',
      ),
    );
  }

  if (saved?.match === 'exact') hints.push(...savedCodeHints(input, saved.code, f, make));

  const active = activePromotions(input).filter((p) => p.strength === 'active');
  if (active.length > 0) {
    hints.push(
      make(
        'promotion-active',
        'warning',
        'Another promotion looks active on this account',
        'An account can hold one active promotion at a time, so a code entered while another promotion is active will most likely be rejected. Consider waiting until it ends or its credit arrives.',
        active.slice(0, 3).map((p) => ({
          label: p.source === 'page' ? 'On the Promotions page' : 'In your notes',
          value: p.state ? `${p.name} (${p.state.replace('-', ' ')})` : `${p.name} (earning)`,
        })),
      ),
    );
  }
  return hints;
};

type Make = (state: string, severity: Severity, title: string, explanation: string, facts?: HintFact[]) => Hint;

function savedCodeHints(input: HintInput, code: Code, f: Formatter, make: Make): Hint[] {
  const timing = codeTiming(code, input.now, usableTimeZone(input.timeZone));
  const pageAccount = input.reading?.accountId ?? null;
  const hints: Hint[] = [];
  if (code.status === 'applied') {
    const on = parseInstant(code.appliedOn);
    hints.push(
      make('already-applied', 'warning', 'You already applied this code', `Your notes say this code was applied${on ? ` on ${f.dateTime(on)}` : ''}. A code usually works once per account.`),
    );
  } else if (code.status === 'rejected') {
    const message = cleanText(code.rejectedMessage, 200);
    hints.push(
      make(
        'previously-rejected',
        'info',
        'This code was rejected before',
        `Your notes say it was rejected${code.rejectedCause && code.rejectedCause !== 'unknown' ? ` (likely ${code.rejectedCause.replace('-', ' ')})` : ''}${message ? `: "${message}"` : ''}.`,
      ),
    );
  }
  if (timing.expired && timing.clock.expiresOn) {
    hints.push(make('saved-code-expired', 'warning', 'This code has expired', `Your notes say it expired on ${f.day(timing.clock.expiresOn)}. TikTok will most likely reject it.`));
  } else if (timing.windowPassed && timing.clock.activateBy) {
    hints.push(
      make(
        'activation-window-passed',
        'warning',
        'The time to activate this code has passed',
        `Codes must be activated within 14 days of receiving them; this one ${timing.clock.activateByFromNotes ? 'had to be activated' : 'was received on ' + f.day(code.receivedOn) + ', so by'} ${f.day(timing.clock.activateBy)}. It may be rejected; the sender may be able to issue a new one.`,
      ),
    );
  }
  if (pageAccount && code.accountId !== pageAccount) {
    hints.push(
      make('other-account', 'info', 'You saved this code for another ad account', `Your notes tie it to account ${code.accountId}; codes can be limited to the account they were issued for.`),
    );
  }
  if (hints.length === 0 && code.status === 'unused' && timing.clock.activateBy) {
    hints.push(make('matches-saved', 'success', 'Matches your saved code', `Activate by ${f.day(timing.clock.activateBy)}.`));
  }
  return hints;
}

function spacing(typed: string): string | null {
  const problems: string[] = [];
  if (/^\s/.test(typed)) problems.push('a space at the start');
  if (/\s$/.test(typed)) problems.push('a space at the end');
  if (/\S\s+\S/.test(typed)) problems.push('a space inside');
  if (INVISIBLE.test(typed)) problems.push('an invisible character');
  return problems.length === 0 ? null : problems.join(' and ');
}

function lookAlikes(typed: string): string[] {
  const mixes = /[A-Za-z]/.test(typed) && /\d/.test(typed);
  return LOOK_ALIKE_GROUPS.filter(({ chars, shown }) => (mixes && chars.test(typed)) || (shown.includes('small L') && typed.includes('l'))).map(({ shown }) => shown);
}

/** The typed text with its spaces and invisible characters made visible, for the card. */
function visible(typed: string): string {
  const marked = typed.replace(/ /g, '␣').replace(/\s/g, '␣').replace(new RegExp(INVISIBLE.source, 'g'), '◌');
  return cleanText(marked, 80);
}
