// The data desk: a file dropped or chosen is read in this page by the importer bundle (nothing is sent
// anywhere), then shown: the tables the reader found and, once the recognisers have made a budget document
// of them, the document rendered by <budget-report> with the review items beside it, a JSON download
// and an embed snippet.
import * as importer from '../dist/budget-widgets-import.js';

const $ = (id) => document.getElementById(id);
const zone = $('zone');
const input = $('file');
const progress = $('progress');
const status = $('status');
const error = $('error');
const result = $('result');

/** pdf.js's worker and character maps, copied next to the bundle: same origin, as `worker-src 'self'` requires. */
const PDF_ASSETS = {
  workerSrc: new URL('../dist/pdf.worker.min.mjs', import.meta.url).href,
  cMapUrl: new URL('../dist/cmaps/', import.meta.url).href,
};

const both = (message) => `${message['zh-CN']} / ${message.en}`;
const element = (name, text, attributes = {}) => {
  const node = document.createElement(name);
  if (text !== undefined) node.textContent = text;
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
};

function reset() {
  error.textContent = '';
  status.textContent = '';
  progress.hidden = true;
  result.hidden = true;
  for (const id of ['grids', 'document', 'notes']) $(id).replaceChildren();
  for (const id of ['actions', 'review', 'snippet']) $(id).hidden = true;
}

/** The reader's grids as tables, each captioned with the lines printed just before it (title and unit). */
function showGrids(source) {
  const tables = [];
  let before = [];
  for (const block of source.blocks) {
    if (block.kind === 'paragraph') {
      before.push(block.text);
      continue;
    }
    const table = element('table', undefined, { class: 'grid-table' });
    table.append(element('caption', before.slice(-2).join(' · ')));
    before = [];
    const body = element('tbody');
    for (const row of block.rows) {
      const tr = element('tr');
      for (const cell of row) {
        const td = element('td', cell.text);
        if (cell.colSpan) td.colSpan = cell.colSpan;
        if (cell.rowSpan) td.rowSpan = cell.rowSpan;
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(body);
    tables.push(table);
  }
  $('grids').replaceChildren(...tables);
  const paragraphs = source.blocks.length - tables.length;
  const pages = source.pages ? `${source.pages} 页 · ` : '';
  const pagesEn = source.pages ? `${source.pages} pages · ` : '';
  $('summary').textContent = `${source.format.toUpperCase()} · ${pages}${tables.length} 个表格 · ${paragraphs} 段文字 / ${pagesEn}${tables.length} tables · ${paragraphs} paragraphs`;
}

/**
 * The review items in groups, each with its count; a group with nothing in it is not shown. A long group starts
 * folded, so that on a phone the document is not pushed below a screenful of warnings.
 */
const REVIEW_GROUPS = [
  ['ambiguity', '未能确定', 'Could not decide'],
  ['assumption', '推定与补充', 'Assumed or supplied'],
  ['warning', '一致性提示', 'Consistency warnings'],
  ['unused', '未使用的内容', 'Not used'],
];

/** Where a note points in the file: "表1 B7", "第 3 页第 12 行 / page 3, line 12". */
function placeOf(at) {
  if (!at) return '';
  if (at.sheet) return `${at.sheet}${at.cell ? ` ${at.cell}` : ''}`;
  if (at.page && at.line) return `第 ${at.page} 页第 ${at.line} 行 / page ${at.page}, line ${at.line}`;
  if (at.table) return `表格 ${at.table} / table ${at.table}`;
  return at.line ? `第 ${at.line} 行 / line ${at.line}` : '';
}

function reviewGroups(report) {
  const items = [...report.notes, ...report.warnings.map((warning) => ({ ...warning, kind: 'warning' }))];
  return REVIEW_GROUPS.flatMap(([kind, zh, en]) => {
    const notes = items.filter((note) => note.kind === kind);
    if (notes.length === 0) return [];
    const group = element('details', undefined, { class: 'review-group' });
    group.open = notes.length <= 3;
    const heading = element('summary', `${zh} `);
    heading.append(element('span', `${en} (${notes.length})`, { lang: 'en' }));
    const list = element('ul');
    for (const note of notes) {
      const place = placeOf(note.at);
      list.append(element('li', place ? `${both(note.message)}（${place}）` : both(note.message)));
    }
    group.append(heading, list);
    return [group];
  });
}

/** The recognised document: rendered, its review items listed, ready to download and embed. */
function showDocument(name, document_, report) {
  const view = element('budget-report', undefined, { 'heading-level': '3' });
  view.data = document_;
  $('document').replaceChildren(view);
  const groups = reviewGroups(report);
  $('notes').replaceChildren(...groups);
  $('review').hidden = groups.length === 0;
  const json = `${JSON.stringify(document_, null, 2)}\n`;
  const file = `${name.replace(/\.[^.]+$/, '')}.json`;
  $('download').onclick = () => {
    const link = element('a', undefined, { download: file, href: URL.createObjectURL(new Blob([json], { type: 'application/json' })) });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  };
  const snippet = `<script type="module" src="/assets/budget-widgets.min.js"></script>\n<budget-report src="/data/${file}"></budget-report>`;
  $('snippet').textContent = snippet;
  $('copy').onclick = async () => {
    $('snippet').hidden = false;
    try {
      await navigator.clipboard.writeText(snippet);
      status.textContent = '嵌入代码已复制 / Embed snippet copied';
    } catch {
      status.textContent = '请手动复制下方代码 / Copy the code below by hand';
    }
  };
  $('actions').hidden = false;
}

async function open(file) {
  reset();
  status.textContent = `正在读取 ${file.name}… / Reading ${file.name}…`;
  try {
    importer.checkSize(file.size);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const onPage = (done, total) => {
      progress.hidden = false;
      progress.max = total;
      progress.value = done;
      progress.textContent = `${done}/${total}`;
    };
    const source = await importer.readSource(bytes, file.name, { pdf: { ...PDF_ASSETS, onPage } });
    showGrids(source);
    // The recognisers join the importer bundle as `importSource`; until then the desk shows what was read.
    if (typeof importer.importSource === 'function') {
      const { document: document_, report } = importer.importSource(source, {});
      if (document_) showDocument(file.name, document_, report);
    }
    result.hidden = false;
    status.textContent = `已读取 ${file.name} / Read ${file.name}`;
  } catch (failure) {
    status.textContent = '';
    error.textContent = importer.isReadError(failure) ? `${file.name}：${both(failure.bilingual)}` : `${file.name}：无法读取 / cannot be read`;
  } finally {
    progress.hidden = true;
  }
}

input.addEventListener('change', () => {
  if (input.files?.[0]) void open(input.files[0]);
});
zone.addEventListener('dragover', (event) => {
  event.preventDefault();
  zone.classList.add('over');
});
zone.addEventListener('dragleave', () => zone.classList.remove('over'));
zone.addEventListener('drop', (event) => {
  event.preventDefault();
  zone.classList.remove('over');
  const file = event.dataTransfer?.files?.[0];
  if (file) void open(file);
});
