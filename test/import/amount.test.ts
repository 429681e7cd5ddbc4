import { expect } from '@open-wc/testing';
import { parseAmount, parseFigure } from '../../src/import/amount.js';

describe('import: figures as printed', () => {
  it('reads separators or none, full-width digits, negatives and dashes', () => {
    expect(parseFigure('1,236.47')).to.equal(1236.47);
    expect(parseFigure('1236.47')).to.equal(1236.47);
    expect(parseFigure('４，５６７，１７８．００')).to.equal(4567178);
    expect(parseFigure('-0.08')).to.equal(-0.08);
    expect(parseFigure('(12.00)')).to.equal(-12);
    expect(parseFigure('—')).to.equal(0);
    expect(parseFigure(' 60.70 ')).to.equal(60.7);
  });

  it('refuses what is not a figure', () => {
    for (const cell of ['', '合计', '12.3%', '(12', '1,23.4', '2101501机关服务']) expect(parseFigure(cell), cell).to.equal(null);
  });

  it('converts 万元 to 元 at the fen', () => {
    expect(parseAmount('1,236.47', '万元')).to.equal(12364700);
    expect(parseAmount('4,567,178.00', '元')).to.equal(4567178);
    expect(parseAmount('0.01', '亿元')).to.equal(1000000);
  });
});
