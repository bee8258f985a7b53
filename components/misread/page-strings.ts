/**
 * The misread loop's words on the extension's own pages (issue 12): the options page's list of the
 * values the user showed, the import preview's count of them, and the report page. English, in one
 * place until the message catalogue (issue 10) takes them over. The overlay's are in strings.ts.
 */
export const MISREAD_PAGE_STRINGS = {
  // The options page's list of stored fixes.
  fixesHeading: 'Values you showed',
  fixesIntro: 'Where you showed Credit Lens a value it missed or misread. It reads them there on that account’s pages of that kind.',
  fixesEmpty: 'None yet. On a Billing page, “A value is wrong or missing?” in the Credit Lens card lets you show one.',
  fixLine: (field: string, page: string, account: string) => `${field} on the ${page} page of ${account}`,
  fixShownOn: (date: string) => `shown on ${date}`,
  fixNear: (label: string) => `next to “${label}”`,
  /** In the import preview's list of counts. */
  fixCount: (count: number) => (count === 1 ? '1 value you showed' : `${count} values you showed`),
  deleteLabel: 'Delete',
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
  reportFieldNames: {
    pageKind: 'Page',
    language: 'Language',
    accountId: 'Ad account',
    currency: 'Currency',
    accountBalance: 'Account balance',
    cashBalance: 'Cash balance',
    creditBalance: 'Ad credit',
    spendSoFar: 'Spend so far',
    billingThreshold: 'Billing threshold',
    nextBillDate: 'Next bill',
  },
  reportFileText: 'The file, as text',
  reportDownload: (size: string) => `Save the report (${size})`,
  reportFileName: (stamp: string) => `credit-lens-report-${stamp}.html`,
};
