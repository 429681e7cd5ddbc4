/** The readable zh-CN summary the CLI prints without --json. */
import type { Summary } from '../data/summary.js';

const wan = (yuan: number | null | undefined): string =>
  yuan == null ? '未公开' : `${new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(yuan / 10000)} 万元`;

export function formatSummary(s: Summary): string {
  const lines = [
    `${s.department} ${s.year} 年部门预算`,
    `收入总计：${wan(s.incomeTotal)}`,
    `支出总计：${wan(s.expenditureTotal)}`,
    `  基本支出：${wan(s.basicExpenditure)}`,
    `  项目支出：${wan(s.projectExpenditure)}`,
    s.sangong
      ? `“三公”经费：${wan(s.sangong.total)}（因公出国（境）费 ${wan(s.sangong.outbound)}；公务用车购置费 ${wan(s.sangong.vehiclePurchase)}；公务用车运行维护费 ${wan(s.sangong.vehicleOperation)}；公务接待费 ${wan(s.sangong.reception)}）`
      : '“三公”经费：未公开',
    `绩效目标：${s.projectGoalCount} 个项目，${s.indicatorCount} 项指标`,
  ];
  return `${lines.join('\n')}\n`;
}
