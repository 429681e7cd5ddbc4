/** Keys of the document's vocabulary (docs/schema.md) that the checks and elements rely on. */

/** The top-level income lines of a 收支总表, and the income columns of a 收入总表. */
export const INCOME_SOURCES = [
  'general-budget',
  'gov-fund',
  'state-capital',
  'special-account',
  'social-insurance-fund',
  'unit-funds',
  'service-income',
  'business-income',
  'subsidy',
  'remittance',
  'other-income',
];

/** 用事业基金弥补收支差额: income that is neither this year's nor carried over. */
export const BUSINESS_FUND = 'business-fund';
