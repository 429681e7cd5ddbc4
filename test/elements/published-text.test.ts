import { expect } from '@open-wc/testing';
import { numberedTitle } from '../../src/elements/published-text.js';

describe('numberedTitle', () => {
  it('puts the number before a title that does not begin with it', () => {
    expect(numberedTitle({ number: '公开表1-1', title: '部门收入总表' })).to.equal('公开表1-1 部门收入总表');
    expect(numberedTitle({ number: '7', title: '一般公共预算支出表' })).to.equal('7 一般公共预算支出表');
    expect(numberedTitle({ number: '表一', title: '部门收支总表' })).to.equal('表一 部门收支总表');
    expect(numberedTitle({ title: '部门收支总表' })).to.equal('部门收支总表');
  });

  it('does not number again a title that begins with its number, in any form', () => {
    expect(numberedTitle({ number: '表6', title: '表6' })).to.equal('表6'); // pingli-2025
    expect(numberedTitle({ number: '表6', title: '表 6 部门支出总表' })).to.equal('表 6 部门支出总表');
    expect(numberedTitle({ number: '表6', title: '公开表6部门支出总表' })).to.equal('公开表6部门支出总表');
    expect(numberedTitle({ number: '6-1', title: '6-1 部门收入总表' })).to.equal('6-1 部门收入总表');
    expect(numberedTitle({ number: '表7', title: '表7一般公共预算支出表' })).to.equal('表7一般公共预算支出表');
  });

  it('numbers a title that begins with a longer number', () => {
    expect(numberedTitle({ number: '表1', title: '表12 附表' })).to.equal('表1 表12 附表');
    expect(numberedTitle({ number: '6', title: '6-1 部门收入总表' })).to.equal('6 6-1 部门收入总表');
  });
});
