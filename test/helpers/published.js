/**
 * Published figures of the five bureaus (their seeds' 收支总表 and 三公 table), for the tests of
 * what a reader sees with no script: 支出总计 and the 三公 total, in 元 (a <data> element's value)
 * and as printed in 万元 (its text). Plain JavaScript, so that node tests and browser tests share it.
 */
export const PUBLISHED = {
  'kaijiang-2025': { total: 12364700, totalShown: '1,236.47', sangong: 2000, sangongShown: '0.20' },
  'gaoyang-2025': { total: 5958800, totalShown: '595.88', sangong: 14600, sangongShown: '1.46' },
  'yuanjiang-2024': { total: 5829700, totalShown: '582.97', sangong: 30000, sangongShown: '3.00' },
  'pingli-2025': { total: 4567178, totalShown: '456.7178', sangong: 7000, sangongShown: '0.70' },
  'quxian-2024': { total: 64306500, totalShown: '6,430.65', sangong: 8200, sangongShown: '0.82' },
};
