import { describe, expect, it } from 'vitest';
import { OTHER_ACCOUNT, code, input, notes, observation, offer, reading, english } from '../testing';
import { codeTypingHints as computeCodeTypingHints } from './code-typing';

const codeTypingHints = english(computeCodeTypingHints);

const now = new Date('2026-03-10T12:00:00Z');
const states = (typedCode: string, extra: Parameters<typeof input>[0] = {}) =>
  codeTypingHints(input({ now, typedCode, ...extra })).map((hint) => hint.state);

describe('code-typing hints', () => {
  it('says nothing while nothing is typed', () => {
    expect(states('')).toEqual([]);
    expect(states('   ')).toEqual([]);
    expect(codeTypingHints(input({ now, typedCode: null }))).toEqual([]);
  });

  it('warns about leading, trailing and inner spaces, showing where they are', () => {
    const [hint] = codeTypingHints(input({ now, typedCode: ' SPRING 2026 ' }));
    expect(hint).toMatchObject({ state: 'spaces', severity: 'warning', id: 'code-typing:typed:spaces' });
    expect(hint!.title).toBe('Your code has a space at the start, a space at the end, and a space inside');
    expect(hint!.facts[0]).toEqual({ label: 'You typed', value: '␣SPRING␣2026␣' });
  });

  it('warns about an invisible character pasted along with the code', () => {
    expect(states('SPRING\u200B2026')).toContain('spaces');
  });

  it('points out look-alike characters in a code mixing letters and digits', () => {
    const hint = codeTypingHints(input({ now, typedCode: 'B0NUS1O' }))[0]!;
    expect(hint.state).toBe('look-alike');
    expect(hint.facts).toContainEqual({ label: 'Look alike', value: 'O (letter) / 0 (zero), I (capital i) / 1 (one) / l (small L), S / 5, and B / 8' });
  });

  it('does not flag look-alikes in a code of letters only', () => {
    expect(states('BONUS')).toEqual([]);
  });

  it('flags a small L anywhere', () => {
    expect(states('HELlO')).toEqual(['look-alike', 'lower-case']);
  });

  it('says when the typed code differs from a saved one only by look-alike characters', () => {
    const [hint] = codeTypingHints(input({ now, typedCode: 'WELC0ME2O26', notes: notes({ codes: [code()] }) }));
    expect(hint).toMatchObject({ state: 'differs-from-saved', subject: { type: 'code', id: 'code-1' } });
    expect(hint!.explanation).toContain('WELCOME2026');
  });

  it('says when a code has digits from another keyboard layout, and leaves a saved code they stand for to its look-alike card', () => {
    const [hint] = codeTypingHints(input({ now, typedCode: 'SPRING-١٠٠' }));
    expect(hint).toMatchObject({ state: 'other-digits', severity: 'warning', title: 'Your code has digits other than 0–9' });
    expect(hint!.explanation).toBe(
      'What you typed has ١ and ٠: digits from another keyboard layout. Codes likely use only 0–9; switch the keyboard to English, or copy the code from its e-mail.',
    );
    expect(states('WELCOME۲۰۲۶')).toContain('other-digits');
    expect(states('SPRING-100')).not.toContain('other-digits');
    // Saved as WELCOME2026: the look-alike card offers the saved code to paste instead; no second card says it.
    const withSaved = codeTypingHints(input({ now, typedCode: 'WELCOME٢٠٢٦', notes: notes({ codes: [code()] }) }));
    expect(withSaved.map((hint) => hint.state)).toEqual(['differs-from-saved']);
  });

  it('offers the saved code to copy and paste in place of a typed one that differs from it, and nothing to copy when none is saved', () => {
    const withSaved = (typedCode: string) => codeTypingHints(input({ now, typedCode, notes: notes({ codes: [code()] }) }));
    // The last three: the year as an Arabic, a Persian and a Thai keyboard type it, not the ASCII digits the saved code has.
    for (const typed of ['WELC0ME2O26', ' WELCOME2026', 'welcome2026', 'WELCOME٢٠٢٦', 'WELCOME۲۰۲۶', 'WELCOME๒๐๒๖']) {
      const [hint] = withSaved(typed);
      expect(hint!.nextStep, typed).toEqual({ label: 'Paste your saved code instead', code: 'WELCOME2026' });
    }
    // Typed exactly as saved: nothing to replace.
    expect(withSaved('WELCOME2026').every((hint) => hint.nextStep === null)).toBe(true);
    expect(codeTypingHints(input({ now, typedCode: ' SPRING 2026 ' }))[0]!.nextStep).toBeNull();
  });

  it('offers nothing to paste when the saved code can no longer be entered: expired or already applied', () => {
    const stepsFor = (saved: ReturnType<typeof code>) =>
      ['WELC0ME2O26', 'welcome2026'].flatMap((typedCode) => codeTypingHints(input({ now, typedCode, notes: notes({ codes: [saved] }) })).map((hint) => hint.nextStep));
    for (const saved of [code({ expiresOn: '2026-03-09' }), code({ status: 'applied', appliedOn: '2026-03-02T10:00:00Z' })]) {
      const steps = stepsFor(saved);
      expect(steps.length).toBeGreaterThanOrEqual(2);
      expect(steps.every((step) => step === null)).toBe(true);
    }
    // Still enterable the day it expires, and after a rejection or a missed activation window.
    for (const saved of [code({ expiresOn: '2026-03-10' }), code({ status: 'rejected' }), code({ receivedOn: '2026-02-20' })]) {
      expect(stepsFor(saved).filter((step) => step !== null).length).toBeGreaterThan(0);
    }
  });

  it('suggests upper case for a code typed in lower case', () => {
    expect(states('welcome2026', { notes: notes({ codes: [code()] }) })).toEqual(['lower-case', 'matches-saved']);
    expect(states('welcome', { notes: notes({ codes: [code({ code: 'welcome' })] }) })).toEqual(['matches-saved']);
  });

  it('matches saved codes whatever the case and spacing', () => {
    const [hint] = codeTypingHints(input({ now, typedCode: 'WELCOME2026', notes: notes({ codes: [code()] }) }));
    expect(hint).toMatchObject({ state: 'matches-saved', severity: 'success', title: 'Matches your saved code', explanation: 'Activate by Mar 15, 2026.' });
  });

  it('warns that a saved code past its 14-day activation window may be rejected', () => {
    const [hint] = codeTypingHints(input({ now, typedCode: 'WELCOME2026', notes: notes({ codes: [code({ receivedOn: '2026-02-20' })] }) }));
    expect(hint).toMatchObject({ state: 'activation-window-passed', severity: 'warning', title: 'The window to activate this code ended on Mar 6, 2026' });
    expect(hint!.explanation).toContain('received on Feb 20, 2026, so by Mar 6, 2026');
  });

  it('warns that a saved code has expired, and since when', () => {
    expect(states('WELCOME2026', { notes: notes({ codes: [code({ expiresOn: '2026-03-09' })] }) })).toEqual(['saved-code-expired']);
    const [hint] = codeTypingHints(input({ now, typedCode: 'WELCOME2026', notes: notes({ codes: [code({ expiresOn: '2026-03-09' })] }) }));
    expect(hint!.title).toBe('This code expired on Mar 9, 2026');
    // Below the day, what follows from it, as the code's own deadline card says it.
    expect(hint!.explanation).toBe('An expired code will most likely be rejected. If you still want the credit, ask whoever sent the code whether it can be reissued.');
  });

  it('warns about a code already applied and recalls an earlier rejection', () => {
    expect(states('WELCOME2026', { notes: notes({ codes: [code({ status: 'applied', appliedOn: '2026-03-02T10:00:00Z' })] }) })).toEqual([
      'already-applied',
    ]);
    // The title gives the day the notes have, else the state alone.
    const applied = (appliedOn: string | null) => codeTypingHints(input({ now, typedCode: 'WELCOME2026', notes: notes({ codes: [code({ status: 'applied', appliedOn })] }) }))[0]!;
    expect(applied('2026-03-02T10:00:00Z').title).toBe('You applied this code on Mar 2, 2026');
    expect(applied(null).title).toBe('You already applied this code');
    expect(applied(null).explanation).toBe('Your notes say this code was applied. A code usually works once per account.');
    const [hint] = codeTypingHints(
      input({ now, typedCode: 'WELCOME2026', notes: notes({ codes: [code({ status: 'rejected', rejectedCause: 'not-eligible', rejectedMessage: 'Not eligible' })] }) }),
    );
    expect(hint!.explanation).toBe('Your notes say it was rejected (likely account not eligible): “Not eligible”.');
  });

  it('notes a code saved for another ad account', () => {
    expect(states('WELCOME2026', { notes: notes({ codes: [code({ accountId: OTHER_ACCOUNT })] }) })).toEqual(['other-account']);
  });

  it('warns that a spend-match offer earning on the page holds the promotion slot', () => {
    const page = reading({ promotions: [{ name: 'New advertiser offer', creditType: 'conditional', status: 'earning', amount: null, usedAmount: null, currency: null, validFrom: null, validUntil: null }] });
    const hint = codeTypingHints(input({ now, typedCode: 'SPRINGSALE', reading: page })).find((h) => h.state === 'promotion-active');
    expect(hint?.facts).toContainEqual({ label: 'On the Promotions page', value: 'New advertiser offer (earning)' });
  });

  it('warns that an offer earning in the notes holds the promotion slot', () => {
    const extra = { notes: notes({ offers: [offer()] }), observations: [observation('2026-03-05T00:00:00Z', { spendSoFar: '100.00' })] };
    const hint = codeTypingHints(input({ now, typedCode: 'SPRINGSALE', ...extra })).find((h) => h.state === 'promotion-active');
    expect(hint?.facts).toContainEqual({ label: 'In your notes', value: 'Spend $500, get $500 (earning)' });
  });

  it('does not count an offer whose credit was used up', () => {
    expect(states('SPRINGSALE', { notes: notes({ offers: [offer({ status: 'used-up' })] }) })).toEqual([]);
  });
});
