/**
 * Every word of the misread loop (issue 12), in English, in one place until the message catalogue
 * (issue 10, `locales/en.yml` + `lib/i18n/`) takes them over in one move: the status card's doubt,
 * pick mode, the fixes list on the options page and the report page. Amounts and dates arrive
 * formatted; `{…}` in a comment names the placeholder the catalogue will use.
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
  pickNotAmount: (text: string) => `“${text}” holds no amount: pick the element that shows the value itself.`,
  pickNotEntry: 'That is not a field or a button: pick the promo code field, or the button that opens it.',
  pickNoAccount: 'Credit Lens could not tell which ad account this page is for, so it cannot remember a value here.',

  // After a fix: the status card.
  readAsShown: 'read as you showed',
  fixSaved: (field: string) => `${field}: Credit Lens will read it where you showed it, on this account's pages of this kind.`,
  fixLost: (field: string, date: string) =>
    `The ${field} you showed on ${date} is no longer where it was: Credit Lens reads the page by itself again. Show it again if the value looks wrong.`,

  // The options page's list of stored fixes.
  fixesHeading: 'Values you showed',
  fixesIntro: 'Where you showed Credit Lens a value it missed or misread. It reads them there on that account’s pages of that kind.',
  fixesEmpty: 'None yet. On a Billing page, “A value is wrong or missing?” in the Credit Lens card lets you show one.',
  fixLine: (field: string, page: string, account: string) => `${field} on the ${page} page of ${account}`,
  fixShownOn: (date: string) => `shown on ${date}`,
  fixNear: (label: string) => `next to “${label}”`,
  /** In the import preview's list of counts. */
  fixCount: (count: number) => (count === 1 ? '1 value you showed' : `${count} values you showed`),
  deleteFix: (field: string, page: string) => `Delete the ${field} shown on the ${page} page`,
  fixDeleted: 'Deleted.',

  // The report page (an extension page: the download link lives there).
  reportTitle: 'Credit Lens · Misread report',
  reportPreparing: 'Preparing the report…',
  reportGone: 'This report is no longer here (the browser closed Credit Lens’s background since). Go back to the page and save the report again.',
  reportIntro: 'Nothing has been saved or sent. This is exactly what the file holds; save it, then send it to support yourself if you want to.',
  reportRedacted: (amounts: number, ids: number, personal: number, codes: number) =>
    `Redacted: ${amounts} amounts replaced by others of the same shape, ${ids} account ids, ${personal} names, e-mails, phone numbers, addresses, tax or card numbers, ${codes} promo codes.`,
  reportDropped: (elements: number, handlers: number) => `Left out: ${elements} scripts, styles, images and other elements; ${handlers} event handlers.`,
  reportUserSays: (field: string) => `You say the ${field} is wrong or missing.`,
  reportWhatRead: 'What Credit Lens read (redacted)',
  reportFileText: 'The file, as text',
  reportDownload: (size: string) => `Save the report (${size})`,
  reportFileName: (stamp: string) => `credit-lens-report-${stamp}.html`,
  reportFailed: 'Credit Lens could not make a report of this page. Nothing was saved.',
};
