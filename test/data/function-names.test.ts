import { expect } from '@open-wc/testing';
import { functionName } from '../../src/data/classification/function-names.js';

describe('function classification names', () => {
  it('names every 类 and the 款 the sources use, for the 2024 and 2025 editions only', () => {
    expect(functionName('210', 2025)).to.equal('卫生健康支出');
    expect(functionName('233', 2024)).to.equal('债务发行费用支出');
    expect(functionName('21012', 2024)).to.equal('财政对基本医疗保险基金的补助');
    expect(functionName('20899', 2025)).to.equal('其他社会保障和就业支出');
    // Not sourced: another edition, an unknown code, a 项.
    expect([functionName('210', 2023), functionName('21099', 2025), functionName('2101501', 2025)]).to.deep.equal([undefined, undefined, undefined]);
  });
});
