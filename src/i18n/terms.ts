import { withoutListNumber } from '../data/figures.js';

/** English for the budget terms the elements print, from shared/TERMS.md. Chinese stays visible beside it. */

/** 支出功能分类 classes (类), by code. */
export const FUNCTION_CLASSES_EN: Record<string, string> = {
  '201': 'General public services',
  '202': 'Foreign affairs',
  '203': 'National defence',
  '204': 'Public security',
  '205': 'Education',
  '206': 'Science and technology',
  '207': 'Culture, tourism, sports and media',
  '208': 'Social security and employment',
  '209': 'Social insurance funds',
  '210': 'Health',
  '211': 'Energy conservation and environmental protection',
  '212': 'Urban and rural community affairs',
  '213': 'Agriculture, forestry and water',
  '214': 'Transport',
  '215': 'Resource exploration, industry and information',
  '216': 'Commerce and services',
  '217': 'Finance',
  '219': 'Aid to other regions',
  '220': 'Natural resources, oceans and meteorology',
  '221': 'Housing security',
  '222': 'Grain and oil reserves',
  '223': 'State capital operations budget',
  '224': 'Disaster prevention and emergency management',
  '227': 'Reserve fund',
  '229': 'Other expenditure',
  '230': 'Transfers',
  '231': 'Debt principal repayment',
  '232': 'Debt interest',
  '233': 'Debt issuance costs',
  '234': 'Special anti-epidemic treasury bonds',
};

/** Income sources (收入) by row key. */
export const INCOME_SOURCES_EN: Record<string, string> = {
  'general-budget': 'Fiscal appropriation: general public budget',
  'gov-fund': 'Fiscal appropriation: government fund budget',
  'state-capital': 'Fiscal appropriation: state capital operations budget',
  'special-account': 'Special-account funds',
  'social-insurance-fund': 'Social insurance fund budget',
  'unit-funds': 'Unit funds',
  'service-income': 'Public-institution service income',
  'business-income': 'Business income',
  subsidy: 'Subsidies from higher levels',
  remittance: 'Remittances from subordinate units',
  'other-income': 'Other income',
  'business-fund': 'Drawn from the public-institution fund',
  'carry-over': 'Carried over from last year',
};

/** A printed label for display: list numbering and the spacing of spread-out labels removed (本 年 合 计). */
export const stripNumbering = (label: string): string => withoutListNumber(label).replace(/\s+/g, '');
