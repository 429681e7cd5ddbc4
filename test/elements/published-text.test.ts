import { expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { numberedTitle, publishedText } from '../../src/elements/published-text.js';

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

describe('publishedText', () => {
  const held = (text: string) => publishedText(text).filter((_, i) => i % 2).map((part) => ((part as TemplateResult).values.at(-1) as string));

  it('holds each figure with its unit on one line', () => {
    expect(held('收入总计1155.84 万元，比上年增加0万元，增长3.5%。')).to.deep.equal(['1155.84 万元，', '0万元，', '3.5%。']);
  });

  it('holds with the figure the punctuation after it that may not begin a line (pingli-2025, yuanjiang-2024)', () => {
    expect(held('本年收入456.72万元，其中：一般公共预算拨款收入')).to.deep.equal(['456.72万元，']);
    expect(held('（0万元）。未举办')).to.deep.equal(['0万元）。']);
    expect(held('0万元; 未举办节庆')).to.deep.equal(['0万元;']);
    expect(held('占比 12.5%、较上年')).to.deep.equal(['12.5%、']);
  });
});
