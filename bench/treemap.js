// Renders the same synthetic expenditure (N leaves: 类 → 款 → 项) with <budget-treemap> and
// with an ECharts treemap, and reports the time from data in hand to a painted first view.
import { benchDocument, frame } from './document.js';

/** A valid document whose 支出总表 prints classes, sections and N items, as provincial tables do. */
export function documentWith(leaves) {
  const rows = [{ name: '合计', role: 'total', values: { total: 0 } }];
  const tree = [];
  let made = 0;
  let total = 0;
  for (let c = 0; made < leaves; c++) {
    const classCode = String(201 + c);
    const classRow = { code: classCode, name: `类 ${classCode}`, values: { total: 0 } };
    rows.push(classRow);
    const classNode = { name: classRow.name, children: [] };
    tree.push(classNode);
    for (let s = 1; s <= 50 && made < leaves; s++) {
      const sectionCode = classCode + String(s).padStart(2, '0');
      const sectionRow = { code: sectionCode, name: `款 ${sectionCode}`, values: { total: 0 } };
      rows.push(sectionRow);
      const sectionNode = { name: sectionRow.name, children: [] };
      classNode.children.push(sectionNode);
      for (let i = 1; i <= 20 && made < leaves; i++, made++) {
        const value = 100 * (1 + ((made * 7919) % 997));
        rows.push({ code: sectionCode + String(i).padStart(2, '0'), name: `项 ${made}`, values: { total: value } });
        sectionNode.children.push({ name: `项 ${made}`, value });
        sectionRow.values.total += value;
        classRow.values.total += value;
        total += value;
      }
    }
  }
  rows[0].values.total = total;
  const doc = benchDocument([{ key: 'total', label: '合计' }], rows);
  return { doc, tree };
}

export async function ours(leaves) {
  const { doc } = documentWith(leaves);
  const host = document.createElement('div');
  host.style.width = '720px';
  document.body.append(host);
  const start = performance.now();
  const element = document.createElement('budget-treemap');
  const ready = new Promise((resolve) => element.addEventListener('budget-ready', resolve, { once: true }));
  element.data = doc;
  host.append(element);
  await ready;
  await element.updateComplete;
  await frame();
  const elapsed = performance.now() - start;
  const tiles = element.shadowRoot.querySelectorAll('.tile').length;
  host.remove();
  return { elapsed, tiles };
}

export async function echartsTreemap(leaves) {
  const { tree } = documentWith(leaves);
  const host = document.createElement('div');
  host.style.cssText = 'width: 720px; height: 432px';
  document.body.append(host);
  const start = performance.now();
  const chart = window.echarts.init(host, null, { renderer: 'canvas' });
  const finished = new Promise((resolve) => chart.on('finished', resolve));
  chart.setOption({ animation: false, series: [{ type: 'treemap', data: tree }] });
  await finished;
  await frame();
  const elapsed = performance.now() - start;
  chart.dispose();
  host.remove();
  return { elapsed };
}

window.bench = { ours, echartsTreemap };
window.benchReady = true;
