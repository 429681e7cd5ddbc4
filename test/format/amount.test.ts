import { expect } from '@open-wc/testing';
import { formatAmount, formatShare, fractionDigits, parseUnit, unitLabel } from '../../src/format/amount.js';

describe('formatAmount', () => {
  it('keeps the precision a figure was published with', () => {
    expect(formatAmount(12_364_700, '万元', '万元', 'zh-CN')).to.equal('1,236.47');
    expect(formatAmount(12_364_700, '元', '万元', 'zh-CN')).to.equal('12,364,700');
    expect(formatAmount(12_364_700, '亿元', '万元', 'zh-CN')).to.equal('0.123647');
    expect(formatAmount(4_567_178, '元', '元', 'zh-CN')).to.equal('4,567,178.00');
    expect(formatAmount(4_567_178, '万元', '元', 'zh-CN')).to.equal('456.7178');
    expect(fractionDigits('元', '亿元')).to.deep.equal({ min: 2, max: 10 });
  });

  it('shows zero and negative values', () => {
    expect(formatAmount(0, '万元', '万元', 'zh-CN')).to.equal('0.00');
    expect(formatAmount(-0, '万元', '万元', 'en')).to.equal('0.00');
    expect(formatAmount(-800, '万元', '万元', 'zh-CN')).to.equal('-0.08');
    expect(formatAmount(-4_005_000, '万元', '万元', 'en')).to.equal('-400.50');
  });
});

describe('formatShare', () => {
  it('gives one decimal, marks tiny shares and guards a zero whole', () => {
    expect(formatShare(12_163_700, 12_364_700, 'zh-CN')).to.equal('98.4%');
    expect(formatShare(1, 10_000_000, 'en')).to.equal('<0.1%');
    expect(formatShare(0, 100, 'en')).to.equal('0.0%');
    expect(formatShare(5, 0, 'en')).to.equal('—');
  });
});

describe('units', () => {
  it('defaults to 万元 and keeps the Chinese unit visible in English', () => {
    expect(parseUnit('亿元')).to.equal('亿元');
    expect(parseUnit('yuan')).to.equal('万元');
    expect(parseUnit(null)).to.equal('万元');
    expect(unitLabel('万元', 'en')).to.equal('10k yuan (万元)');
    expect(unitLabel('万元', 'zh-CN')).to.equal('万元');
  });
});
