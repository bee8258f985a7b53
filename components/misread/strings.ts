/**
 * Every word of the misread loop (issue 12) in the overlay, in English, in one place until the message
 * catalogue (issue 10, `locales/en.yml` + `lib/i18n/`) takes them over in one move: the status card's
 * doubt, the field chooser, pick mode. The extension pages' words (the options list of fixes, the
 * report page) are in page-strings.ts, so the Billing module does not carry them.
 */
import type { FixField } from '../../lib/notes/schema';

export const MISREAD_STRINGS = {
  // The status card's quiet state when a plausibility rule doubts the reading.
  doubtTitle: 'This reading may be wrong',
  doubtIntro: 'What looks off:',
  wrongValue: 'This value is wrong / missing',
  saveReport: 'Save a report',
  /** The same two actions, small, when nothing looks off. */
  wrongValueQuiet: 'A value is wrong or missing?',

  // One line per plausibility rule, filled from its facts.
  balanceSum: (account: string, cash: string, credit: string, gap: string) =>
    `Account balance ${account} is not cash ${cash} plus ad credit ${credit}: ${gap} apart.`,
  spendWentDown: (before: string, now: string, since: string) => `Spend so far went down from ${before} to ${now} since ${since}, inside one billing period.`,
  creditUnexplained: (before: string, now: string, since: string) =>
    `Ad credit changed from ${before} to ${now} since ${since}, with no promotion or code in your notes to explain it.`,
  mixedCurrencies: (count: number, currencies: string) => `${count} currencies on one page (${currencies}): an amount was likely read from elsewhere.`,
  unseenValue: (field: string, value: string) => `${field} ${value} was read from text you cannot see on the page.`,
  unseenValues: (count: number, fields: string) => `${count} values (${fields}) were read from text you cannot see on the page.`,
  noBalance: (page: string) => `No balance was found on this ${page} page: its layout likely changed.`,

  // Which value the user is about to show.
  chooseField: 'Which value is wrong or missing?',
  fieldNames: {
    accountBalance: 'Account balance',
    cashBalance: 'Cash balance',
    creditBalance: 'Ad credit',
    spendSoFar: 'Spend so far',
    couponEntry: 'Promo code field or button',
  } satisfies Record<FixField, string>,
  cancel: 'Cancel',

  // Pick mode: a bar at the top of the page while the user points.
  pickRegion: 'Credit Lens: show a value on the page',
  pickInstruction: (field: string) => `Click the ${field} on the page. Arrow keys move, Enter picks, Esc cancels.`,
  pickNothing: 'Point at a value on the page.',
  pickPointing: (text: string) => `Pointing at “${text}”`,
  pickNotAmount: (text: string) => `“${text}” holds no amount: pick the element that shows the value itself.`,
  pickNotEntry: 'That is not a field or a button: pick the promo code field, or the button that opens it.',
  pickNoLabel: 'Nothing near that element reads as its label, so Credit Lens could not find it again: pick the value beside its label.',
  pickNotUnique: 'Credit Lens cannot tell that element apart from others like it: pick the value itself, not its box.',
  pickNoAccount: 'Credit Lens could not tell which ad account this page is for, so it cannot remember a value here.',

  /** Building or handing over the report failed (the card says so; nothing was saved). */
  reportFailed: 'Credit Lens could not make a report of this page. Nothing was saved.',

  // After a fix: the status card.
  readAsShown: 'read as you showed',
  fixSaved: (field: string) => `${field}: Credit Lens will read it where you showed it, on this account's pages of this kind.`,
  fixLost: (field: string, date: string) =>
    `The ${field} you showed on ${date} is no longer where it was: Credit Lens reads the page by itself again. Show it again if the value looks wrong.`,
};
