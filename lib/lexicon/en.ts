import type { LanguagePack } from './types';

// Bare "Balance", "Code", "Coupon" and "ID" are left out on purpose: each sits inside labels of
// several concepts, and alone it would make a redesigned label match the wrong one.
export default {
  lang: 'en',
  months: ['january|jan', 'february|feb', 'march|mar', 'april|apr', 'may', 'june|jun', 'july|jul', 'august|aug',
    'september|sep|sept', 'october|oct', 'november|nov', 'december|dec'],
  terms: {
    accountBalance: ['Account balance', 'Total balance', 'Available balance', 'Total account balance'],
    cashBalance: ['Cash balance', 'Cash', 'Cash amount', 'Cash funds', 'Available cash balance'],
    // "Credit balance" is TikTok's word for a credit line's balance (creditLineAvailable), not ad credit.
    creditBalance: [
      'Ad credit', 'Ad credits', 'Ad credit balance', 'Total ad credit balance', 'Voucher balance', 'Coupon balance', 'Grant balance',
      'Credits', 'Promotional credit', 'Promotional balance', 'Promotion balance', 'Bonus balance',
    ],
    spendSoFar: ['Spend so far', 'Spent so far', 'Current spend', 'Spend this period', 'Current billing period spend', 'Unbilled spend', 'Spending so far for current billing cycle', 'Spend so far for current billing cycle', 'Spending so far', 'Spending for current billing cycle'],
    billingThreshold: ['Billing threshold', 'Payment threshold', 'Threshold', 'Charge threshold', 'Threshold amount', 'Or when ad spending reaches', 'When ad spending reaches'],
    nextBillDate: ['Next bill date', 'Next billing date', 'Next payment date', 'Next charge date', 'Next invoice date', 'Billing date'],
    accountId: ['Account ID', 'Advertiser ID', 'Ad account ID', 'Ads account ID'],
    currencyLabel: ['Currency', 'Account currency', 'Billing currency'],

    manualPayment: ['Manual payment', 'Manual payments', 'Prepaid', 'Prepay'],
    automaticPayment: ['Automatic payment', 'Automatic payments', 'Auto-pay', 'Autopay', 'Auto payment', 'Automatic billing'],
    monthlyInvoicing: ['Monthly invoicing', 'Monthly invoice', 'Monthly billing'],

    couponField: [
      'Coupon code', 'Promo code', 'Promotion code', 'Promotional code', 'Voucher code', 'Gift code', 'Redemption code',
      'Enter code', 'Enter the code', 'Enter your code', 'Enter coupon code', 'Enter promo code', 'Enter promotion code',
      'Enter voucher code', 'Coupon number',
    ],
    couponOpener: [
      'Redeem coupon', 'Redeem code', 'Redeem promo code', 'Redeem voucher', 'Redeem promotion', 'Add coupon',
      'Add promo code', 'Add code', 'Use promo code', 'Use coupon', 'Apply coupon', 'Apply promo code', 'Have a promo code?',
    ],
    activate: ['Activate', 'Activate now', 'Activate code', 'Redeem', 'Redeem now', 'Apply', 'Apply code', 'Confirm'],

    pagePayment: ['Payment', 'Payments', 'Payment settings', 'Payment management'],
    pagePromotions: ['Promotions', 'Promotion', 'My promotions', 'Coupons', 'Vouchers', 'Offers', 'Incentive Center'],
    pageTransactions: ['Transactions', 'Transaction history', 'Transaction records'],
    pageInvoices: ['Invoices', 'Invoice', 'Bills', 'Statements', 'Invoices and receipts'],
    pageBilling: ['Billing', 'Billing center', 'Billing and payments', 'Billing & payments'],
    pageFinance: ['Finance', 'Finances', 'Finance center'],

    tabAvailable: ['Available', 'Active', 'Usable', 'Available promotions'],
    tabEarning: ['Earning', 'In progress', 'Pending', 'Ongoing', 'To be earned'],
    tabNotAvailable: ['Not available', 'Unavailable', 'Expired', 'Used', 'Used up', 'Expired or used'],

    colPromotionName: ['Promotion name', 'Name', 'Offer name', 'Coupon name', 'Ad credit name'],
    colCreditType: ['Credit type', 'Type', 'Coupon type', 'Promotion type', 'Voucher type'],
    colUsageRequirements: ['Usage requirements', 'Usage requirement', 'Requirements', 'Usage conditions', 'Conditions of use', 'Usage rules'],
    colValidPeriod: ['Valid period', 'Validity period', 'Validity', 'Valid dates', 'Valid time', 'Effective period', 'Period of validity'],
    colUnusedAmount: ['Unused amount', 'Remaining amount', 'Remaining', 'Remaining balance', 'Balance remaining', 'Unused'],
    colUsedAmount: ['Used amount', 'Amount used', 'Spent amount', 'Consumed amount'],
    colStatus: ['Status', 'Promotion status', 'Coupon status'],

    creditFree: ['Free', 'Free credit', 'Free credits', 'Free coupon'],
    creditAssignable: ['Assignable', 'Assignable credit', 'Assignable coupon', 'Allocatable'],
    creditConditional: ['Conditional', 'Conditional credit', 'Conditional coupon'],

    validUntil: ['Valid until', 'Valid through', 'Valid till', 'Expires on', 'Expires', 'Expiry date', 'Expiration date', 'Expiry', 'Expire date'],

    msgExpired: [
      'expired', 'has expired', 'have expired', 'is expired', 'code expired', 'coupon expired', 'expired code', 'expired coupon',
      'no longer valid', 'expiration date has passed',
    ],
    msgAlreadyUsed: [
      'already been used', 'has been used', 'already used', 'already redeemed', 'already been redeemed', 'was used',
      'already applied', 'already been applied', 'already claimed', 'already been activated', 'usage limit',
    ],
    msgNotEligible: [
      'not eligible', 'ineligible', 'does not qualify', "doesn't qualify", 'not qualified', 'does not meet the requirements',
      "doesn't meet the requirements", 'not available for your account', 'new advertisers only', 'only available to new advertisers',
      'not applicable',
    ],
    msgPromotionActive: [
      'another promotion', 'other promotion', 'existing promotion', 'active promotion', 'ongoing promotion',
      'promotion is active', 'promotion is already active', 'promotion in progress', 'already has an active promotion', 'already active',
      'already in progress', 'already participating', 'one promotion at a time',
    ],
    msgInvalidCode: [
      'invalid', 'invalid code', 'is invalid', 'not valid', 'is not valid', 'does not exist', "doesn't exist", 'incorrect',
      'code is incorrect', 'code not found', 'not recognized', 'wrong code', 'please check the code',
    ],
    msgGenericError: [
      'failed', 'failure', 'error', 'could not', "couldn't", 'unable to', 'cannot', "can't", 'something went wrong',
      'please try again', 'try again later', 'not successful', 'unsuccessful',
    ],
    msgSuccess: [
      'successfully', 'success', 'successful', 'activated', 'redeemed', 'redeemed successfully', 'activated successfully',
      'has been added', 'was added', 'added to your account', 'applied', 'has been applied', 'congratulations', 'credited', 'saved', 'has been saved',
    ],

    fieldSearch: ['Search', 'Search by name', 'Search by ID', 'Find'],
    fieldEmail: ['Email', 'E-mail', 'Email address', 'E-mail address', 'Enter email'],
    fieldPassword: ['Password', 'Current password', 'New password'],
    fieldAmount: ['Amount', 'Top-up amount', 'Recharge amount', 'Payment amount', 'Deposit amount', 'Amount to add', 'Enter amount', 'Add balance', 'Add funds'],
    fieldCard: ['Card number', 'Credit card number', 'CVV', 'CVC', 'Security code', 'Cardholder name', 'Name on card', 'MM/YY', 'Card expiry'],
    fieldName: ['Full name', 'Company name', 'Business name', 'First name', 'Last name', 'Legal name', 'Your name', 'Contact name'],
    fieldPhone: ['Phone number', 'Phone', 'Mobile number', 'Mobile phone', 'Telephone'],
    fieldAddress: ['Address', 'Billing address', 'Street address', 'Postal code', 'ZIP code', 'Postcode', 'City'],
    fieldTaxId: ['Tax ID', 'VAT number', 'VAT ID', 'Tax number', 'Tax identification number', 'GST number'],
    creditLineLimit: ['Credit line', 'Line of credit', 'Credit limit', 'Total credit line'],
    creditLineAvailable: ['Available credit', 'Available credit line', 'Credit balance', 'Remaining credit', 'Available credit limit'],
    colAmount: ['Value', 'Credit amount', 'Coupon amount', 'Coupon value', 'Face value', 'Discount', 'Discount amount', 'Discount / amount', 'Ad credit amount'],
    tabSummary: ['Summary'],
    paymentAction: ['Make payment', 'Pay now', 'Add payment method'],
    assignAction: ['View/Assign', 'Assign', 'Assign to campaigns', 'Assignment log'],
  },
} satisfies LanguagePack;
