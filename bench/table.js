// Renders the same table (合计 → classes → items) with <budget-table> and with a Tabulator 6
// data tree, and measures the time from data in hand to two animation frames after the first
// screen of rows is rendered (ours includes validating the document), frame times while the
// table scrolls, and the rows in the DOM.
import { TabulatorFull as Tabulator } from '/node_modules/tabulator-tables/dist/js/tabulator_esm.min.mjs';
import { atPhase, benchDocument, frame, ourFirstPaint } from './document.js';

export function documentWith(rowCount) {
  const classes = Math.ceil(rowCount / 100);
  const rows = [{ name: '合计', role: 'total', values: { total: 0, basic: 0, project: 0 } }];
  const tree = [];
  for (let c = 0; c < classes; c++) {
    const code = String(201 + c);
    const classRow = { code, name: `类 ${code}`, values: { total: 0, basic: 0, project: 0 } };
    const node = { code, name: classRow.name, total: 0, basic: 0, project: 0, _children: [] };
    rows.push(classRow);
    tree.push(node);
    for (let i = 1; i < 100 && rows.length <= rowCount; i++) {
      const basic = 100 * (1 + ((rows.length * 7919) % 997));
      const project = 100 * ((rows.length * 104729) % 991);
      const values = { total: basic + project, basic, project };
      rows.push({ code: code + String(i).padStart(4, '0'), name: `项 ${rows.length}`, values });
      node._children.push({ code: code + String(i).padStart(4, '0'), name: `项 ${rows.length}`, ...values });
      for (const key of ['total', 'basic', 'project']) {
        classRow.values[key] += values[key];
        node[key] += values[key];
        rows[0].values[key] += values[key];
      }
    }
  }
  const columns = [
    { key: 'total', label: '合计' },
    { key: 'basic', label: '基本支出' },
    { key: 'project', label: '项目支出' },
  ];
  return { doc: benchDocument(columns, rows), tree };
}

/** Frame intervals while a scroller moves down by `step` pixels a frame. */
async function scrollFrames(scroller, steps = 60, step = 300) {
  const times = [];
  let last = await new Promise((resolve) => requestAnimationFrame(resolve));
  for (let i = 0; i < steps; i++) {
    scroller.scrollTop += step;
    const now = await new Promise((resolve) => requestAnimationFrame(resolve));
    times.push(now - last);
    last = now;
  }
  times.sort((a, b) => a - b);
  return { mean: times.reduce((a, b) => a + b, 0) / times.length, worst: times.at(-1) };
}

function host() {
  const element = document.createElement('div');
  element.style.cssText = 'width: 760px';
  document.body.append(element);
  return element;
}

export async function ours(rowCount, phase = 0) {
  const { doc } = documentWith(rowCount);
  const parent = host();
  await atPhase(phase);
  const start = performance.now();
  const element = document.createElement('budget-table');
  element.style.setProperty('--budget-table-max-height', '480px');
  element.data = doc;
  parent.append(element);
  const { elapsed: firstScreen, ready } = await ourFirstPaint(element, 'tbody tr[data-row]', start);
  await ready;
  const scroll = await scrollFrames(element.shadowRoot.querySelector('.table-scroll'));
  const inDom = element.shadowRoot.querySelectorAll('tbody tr[data-row]').length;
  parent.remove();
  return { firstScreen, scroll, inDom };
}

export async function tabulator(rowCount, phase = 0) {
  const { tree } = documentWith(rowCount);
  const parent = host();
  await atPhase(phase);
  const start = performance.now();
  const table = new Tabulator(parent, {
    height: 480,
    data: tree,
    dataTree: true,
    dataTreeStartExpanded: true,
    columns: [
      { title: '项目', field: 'name', width: 260 },
      { title: '合计', field: 'total', hozAlign: 'right', formatter: 'money' },
      { title: '基本支出', field: 'basic', hozAlign: 'right', formatter: 'money' },
      { title: '项目支出', field: 'project', hozAlign: 'right', formatter: 'money' },
    ],
  });
  await new Promise((resolve) => table.on('tableBuilt', resolve));
  // The same wait as ours: the first rows in the DOM (already there at tableBuilt, as measured), then two frames.
  while (!parent.querySelector('.tabulator-row')) await new Promise((resolve) => requestAnimationFrame(resolve));
  await frame();
  const firstScreen = performance.now() - start;
  const scroll = await scrollFrames(parent.querySelector('.tabulator-tableholder'));
  const inDom = parent.querySelectorAll('.tabulator-row').length;
  table.destroy();
  parent.remove();
  return { firstScreen, scroll, inDom };
}

window.bench = { ours, tabulator };
window.benchReady = true;
