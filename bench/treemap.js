// Renders the same synthetic expenditure (N leaves: 类 → 款 → 项) with <budget-treemap> and with an
// ECharts treemap, both ways ECharts offers: its default (every level drawn at once) and
// `leafDepth: 1` (one level, as <budget-treemap> draws). Each time runs from data in hand to two
// animation frames after the first view is on screen (see document.js).
import { atPhase, benchDocument, frame, ourFirstPaint } from './document.js';

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

/** ECharts needs a height; <budget-treemap> sets its own (0.6 × its width, 432 px here). */
const host = (height = '') => {
  const element = document.createElement('div');
  element.style.cssText = `width: 720px; height: ${height}`;
  document.body.append(element);
  return element;
};

/**
 * <budget-treemap>: from setting `data` (validation included) to two frames after the render
 * that draws the tiles. `ready`: when `budget-ready` arrived, with the consistency warnings.
 */
export async function ours(leaves, phase = 0) {
  const { doc } = documentWith(leaves);
  const parent = host();
  await atPhase(phase);
  const start = performance.now();
  const element = document.createElement('budget-treemap');
  element.data = doc;
  parent.append(element);
  const { elapsed, work, ready } = await ourFirstPaint(element, '[role="treeitem"]', start);
  const tiles = element.shadowRoot.querySelectorAll('[role="treeitem"]').length;
  const readyAt = await ready;
  parent.remove();
  return { elapsed, work, tiles, ready: readyAt };
}

/**
 * ECharts renders synchronously inside `setOption` (canvas): from `init` to two frames after
 * `setOption` returns (`work`: when it returned). Its `finished` event is not used: it can arrive
 * long after the paint.
 * Tiles: the rectangles on its canvas (leaves, and the parents' frames when it draws levels).
 */
export async function echartsTreemap(leaves, leafDepth, phase = 0) {
  const { tree } = documentWith(leaves);
  const parent = host('432px');
  await atPhase(phase);
  const start = performance.now();
  const chart = window.echarts.init(parent, null, { renderer: 'canvas' });
  chart.setOption({ animation: false, series: [{ type: 'treemap', data: tree, ...(leafDepth ? { leafDepth } : {}) }] });
  const work = performance.now() - start;
  await frame();
  const elapsed = performance.now() - start;
  const tiles = chart.getZr().storage.getDisplayList().filter((shape) => shape.type === 'rect' && !shape.ignore).length;
  chart.dispose();
  parent.remove();
  return { elapsed, work, tiles };
}

window.bench = { ours, echartsTreemap };
window.benchReady = true;
