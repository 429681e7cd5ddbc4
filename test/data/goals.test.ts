import { expect } from '@open-wc/testing';
import { filterIndicators, targetText } from '../../src/data/goals.js';
import type { Indicator } from '../../src/data/schema.js';

const indicator = (fields: Partial<Indicator>): Indicator => ({ level1: '产出指标', level2: '质量指标', name: '医保信息系统正常运行率', ...fields }) as Indicator;

describe('targetText', () => {
  it('holds a target together: operator, figure and unit joined by no-break spaces, so "≥ 90 %" never wraps (gaoyang-2025 at 768 px)', () => {
    expect(targetText(indicator({ operator: '≥', value: '90', unit: '%' }))).to.equal('≥\u00a090\u00a0%');
    expect(targetText(indicator({ value: '12', unit: '次' }))).to.equal('12\u00a0次');
    expect(targetText(indicator({ operator: '定性', value: '优' }))).to.equal('定性：优');
    expect(targetText(indicator({ valueText: '较上年有所提高 ' }))).to.equal('较上年有所提高 ');
  });

  it('is found by a search typed with ordinary spaces', () => {
    const target = indicator({ operator: '≥', value: '90', unit: '%' });
    expect(filterIndicators({ name: '项目' }, [target], { query: '≥ 90 %' })).to.deep.equal([target]);
    expect(filterIndicators({ name: '项目' }, [target], { query: '≥ 80' })).to.deep.equal([]);
  });
});
