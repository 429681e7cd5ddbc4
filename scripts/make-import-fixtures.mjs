// `node scripts/make-import-fixtures.mjs`: writes the import fixtures under test/import/fixtures/ from the
// five hand-made documents in demo/data/, laid out the way disclosures are published: the disclosure's title
// ("开江县医疗保障局2025年部门预算", its meta.source.title) first, then each table with its title, unit line,
// spanning headers (merged cells) and rows, figures in the published unit. The importer reads the department
// and year from that title, as it must from a real file. When the document lists a table by title that it does not
// print, the contents (目录) come first, as the disclosure prints them, so that the importer can know of it.
//   NAME.html   the title as the page's heading, the tables as an HTML page (colspan/rowspan)
//   NAME.xlsx   a cover sheet (封面) with the title, then one sheet per table, title and unit rows, merged
//               headers, figures as numbers with a format
//   NAME.docx   a cover page with the title, the tables as Word tables (gridSpan, vMerge), each after its
//               title and unit paragraphs
//   NAME.pdf    NAME.docx printed by LibreOffice, so its text layer has real positioned runs
//   NAME.xls    (first document only) NAME.xlsx saved by LibreOffice as Excel 97–2003
//   encrypted.pdf (qpdf, user password), scanned.pdf (Ghostscript, a page of drawing and no text)
//   bench/fixtures/disclosure-40.pdf: forty pages of those PDFs (qpdf), for `npm run bench:import`
// Needs LibreOffice (Debian: libreoffice-writer libreoffice-calc fonts-noto-cjk), qpdf and Ghostscript;
// the outputs are committed so tests and CI need none of them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { utils, write } from '@e965/xlsx';
import { strToU8, zipSync } from 'fflate';

const OUT = 'test/import/fixtures';
const FACTOR = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };
const GOALS = new Set(['project-goals', 'department-goals']);
const SIDE = { income: '收入', expenditure: '支出' };

/** A figure in 元 as the source printed it: 万元 with two decimals; 元 with separators and two decimals. */
const printed = (yuan, unit) =>
  unit === '元' ? yuan.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : (yuan / FACTOR[unit]).toFixed(2);

/** Header rows of `columns` under `lead` label columns: spanning groups above, leaves below, spans as published. */
function headerRows(lead, columns) {
  const depth = 1 + Math.max(0, ...columns.map((column) => column.groups?.length ?? 0));
  const rows = Array.from({ length: depth }, () => []);
  for (const label of lead) rows[0].push({ text: label, rowSpan: depth, head: true });
  columns.forEach((column, i) => {
    const groups = column.groups ?? [];
    groups.forEach((group, level) => {
      const path = groups.slice(0, level + 1).join('\u0000');
      const previous = columns[i - 1]?.groups?.slice(0, level + 1).join('\u0000');
      if (previous === path) rows[level].at(-1).colSpan = (rows[level].at(-1).colSpan ?? 1) + 1;
      else rows[level].push({ text: group, head: true });
    });
    rows[groups.length].push({ text: column.label, rowSpan: depth - groups.length, head: true });
  });
  return rows;
}

const cellOf = (value, column, unit) => {
  if (value === undefined || value === null) return { text: '' };
  if (typeof value === 'string') return { text: value };
  const type = column.type ?? 'amount';
  if (type !== 'amount') return { text: String(value), number: value };
  return { text: printed(value, unit), number: value / FACTOR[unit], format: unit === '元' ? '#,##0.00' : '0.00' };
};

/** A form rather than a table of rows: words only, its labels (项目名称, 实施期资金总额：, 目标1： …) printed as heading rows. */
const isForm = (table) => table.columns.length > 0 && table.columns.every((column) => column.type === 'text') && table.rows.some((row) => row.role === 'heading');

/**
 * A form as the goal templates print it: each label on a line of its own with the blank cell where its value goes,
 * then the indicators' header, then one line an indicator, each row's name in the first column it holds no words for
 * (the placeholder 指标1： under 指标内容) and the levels it stands under merged down over the rows they share.
 */
function formLayout(table) {
  const headings = table.rows.filter((row) => row.role === 'heading');
  const lines = table.rows.filter((row) => row.role !== 'heading');
  const nameAt = (row) => table.columns.findIndex((column) => row.values[column.key] === undefined);
  const texts = lines.map((row) => table.columns.map((column, c) => (c === nameAt(row) ? row.name : String(row.values[column.key] ?? ''))));
  // A level (left of the name) is one cell over the rows after it that stand under the same levels.
  const sameLevels = (a, b, c) => c < nameAt(lines[a]) && c < nameAt(lines[b]) && texts[a].slice(0, c + 1).join('\u0000') === texts[b].slice(0, c + 1).join('\u0000');
  const body = texts.map((line, r) =>
    line.flatMap((text, c) => {
      if (r > 0 && sameLevels(r - 1, r, c)) return [];
      let down = 1;
      while (r + down < lines.length && sameLevels(r, r + down, c)) down += 1;
      return [{ text, ...(down > 1 ? { rowSpan: down } : {}) }];
    }),
  );
  const labels = headings.map((row) => [{ text: row.name }, { text: '', colSpan: table.columns.length - 1 }]);
  return { head: [...labels, table.columns.map((column) => ({ text: column.label, head: true }))], body };
}

/** One table as title, unit and rows of cells with spans; two-sided statements put their sections side by side. */
function layout(table, meta) {
  const unit = table.unit ?? meta.publishedUnit;
  const title = [table.number, table.title].filter(Boolean).join(' ');
  const sides = table.sections?.length ? table.sections : null;
  let head;
  let body;
  if (sides) {
    const columnsOf = (section) => section.columns ?? table.columns;
    // As the templates print it: the first header row names the sides (收入 | 支出), the second each section's name
    // column and figures. A side of one section is headed by that section's label, its name column by 项目; a
    // side of several (支出 by function, by department and by government economic class) is headed 支出, and each
    // section's label heads its name column.
    const bySide = sides.reduce((groups, section) => {
      if (groups.at(-1)?.[0].side === section.side) groups.at(-1).push(section);
      else groups.push([section]);
      return groups;
    }, []);
    const alone = (section) => bySide.some((group) => group.length === 1 && group[0] === section);
    const widthOf = (group) => group.reduce((sum, section) => sum + 1 + columnsOf(section).length, 0);
    head = [
      bySide.map((group) => ({ text: group.length === 1 ? group[0].label : SIDE[group[0].side], colSpan: widthOf(group), head: true })),
      sides.flatMap((section) => [{ text: alone(section) ? '项目' : section.label, head: true }, ...columnsOf(section).map((column) => ({ text: column.label, head: true }))]),
    ];
    const bySection = sides.map((section) => table.rows.filter((row) => row.section === section.key));
    body = Array.from({ length: Math.max(...bySection.map((rows) => rows.length)) }, (_, i) =>
      sides.flatMap((section, s) => {
        const row = bySection[s][i];
        return [{ text: row?.name ?? '' }, ...columnsOf(section).map((column) => (row ? cellOf(row.values[column.key], column, unit) : { text: '' }))];
      }),
    );
  } else if (isForm(table)) {
    ({ head, body } = formLayout(table));
  } else {
    const coded = table.rows.some((row) => row.code);
    const lead = coded ? ['科目编码', '科目名称'] : ['项目'];
    head = headerRows(lead, table.columns);
    body = table.rows.map((row) => [
      ...(coded ? [{ text: row.code ?? '' }] : []),
      { text: row.name },
      ...table.columns.map((column) => cellOf(row.values[column.key], column, unit)),
    ]);
  }
  const width = head[0].reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0);
  if (table.status === 'empty' && table.note) body.push([{ text: table.note, colSpan: width }]);
  // A form prints no figure, so no unit line either.
  return { title, ...(isForm(table) ? {} : { unit: `单位：${unit}` }), width, rows: [...head, ...body] };
}

/**
 * The contents (目录) as the disclosure prints it, one line a table with its number and title, when it lists a table
 * it does not print: the list is then all that tells of that table. The goal tables, which the fixtures do not
 * carry, are left out of it; a table known only by a gap in the numbers (its title unknown) has no line to print,
 * so a document whose unprinted tables are all of that sort gets none.
 */
function contents(doc) {
  const listed = doc.tables.filter((table) => !GOALS.has(table.kind));
  if (!listed.some((table) => table.status === 'unavailable' && table.title !== table.number)) return [];
  const head = [{ text: '序号', head: true }, { text: '报表名称', head: true }];
  return [{ title: '目录', sheet: '目录', width: 2, rows: [head, ...listed.map((table) => [{ text: table.number ?? '' }, { text: table.title }])] }];
}

/** Each cell's row and column once rowspans and colspans are laid out (the HTML table algorithm). */
function place(rows) {
  const taken = new Set();
  const placed = [];
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (taken.has(`${r},${c}`)) c++;
      placed.push({ r, c, cell });
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) taken.add(`${r + dr},${c + dc}`);
      c += cell.colSpan ?? 1;
    }
  });
  return placed;
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function html(doc, tables) {
  const parts = tables.map((t) => {
    const rows = t.rows
      .map((row) => `<tr>${row.map((cell) => `<${cell.head ? 'th' : 'td'}${cell.colSpan ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan ? ` rowspan="${cell.rowSpan}"` : ''}>${escape(cell.text)}</${cell.head ? 'th' : 'td'}>`).join('')}</tr>`)
      .join('\n');
    return `<h2>${escape(t.title)}</h2>\n${t.unit ? `<p class="unit">${escape(t.unit)}</p>\n` : ''}<table border="1">\n${rows}\n</table>`;
  });
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(doc.meta.source.title)}</title></head>\n<body>\n<h1>${escape(doc.meta.source.title)}</h1>\n${parts.join('\n')}\n</body></html>\n`;
}

function xlsx(doc, tables) {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet([[doc.meta.source.title]]), '封面');
  let numbered = 0;
  for (const t of tables) {
    const aoa = [[t.title], ...(t.unit ? [[t.unit]] : [])];
    const top = aoa.length;
    const merges = aoa.map((_, r) => ({ s: { r, c: 0 }, e: { r, c: t.width - 1 } }));
    const sheet = utils.aoa_to_sheet(aoa);
    for (const { r, c, cell } of place(t.rows)) {
      const address = utils.encode_cell({ r: r + top, c });
      sheet[address] = cell.number === undefined ? { t: 's', v: cell.text } : { t: 'n', v: cell.number, ...(cell.format ? { z: cell.format } : {}) };
      if ((cell.colSpan ?? 1) > 1 || (cell.rowSpan ?? 1) > 1) merges.push({ s: { r: r + top, c }, e: { r: r + top - 1 + (cell.rowSpan ?? 1), c: c - 1 + (cell.colSpan ?? 1) } });
    }
    sheet['!ref'] = utils.encode_range({ s: { r: 0, c: 0 }, e: { r: t.rows.length + top - 1, c: t.width - 1 } });
    sheet['!merges'] = merges;
    sheet['!cols'] = columnWidths(t).map((chars) => ({ wch: chars }));
    utils.book_append_sheet(book, sheet, t.sheet ?? `表${(numbered += 1)}`);
  }
  return write(book, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/** Width of each column in characters (a CJK character counts two), so that nothing wraps. */
function columnWidths(t) {
  const widths = Array(t.width).fill(4);
  for (const { c, cell } of place(t.rows)) {
    if ((cell.colSpan ?? 1) > 1) continue;
    const chars = [...cell.text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    widths[c] = Math.min(Math.max(widths[c], chars + 2), 40);
  }
  return widths;
}

function docx(doc, tables) {
  const run = (text, size) => `<w:r>${size ? `<w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr>` : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
  const paragraph = (text, align, size) => `<w:p>${align ? `<w:pPr><w:jc w:val="${align}"/></w:pPr>` : ''}${run(text, size)}</w:p>`;
  // The disclosure's title on a cover page of its own, in a larger bold type, as disclosures print it; the
  // tables begin on the next page, laid out as they would be without it.
  const cover = `<w:p><w:pPr><w:spacing w:before="3600"/><w:jc w:val="center"/></w:pPr>${run(doc.meta.source.title, 32)}</w:p><w:p><w:r><w:br w:type="page"/></w:r></w:p>`;
  const PAGE = 16838 - 2 * 567;
  const body = tables.map((t) => {
    // A character is about 100 twips at this size; three more make room for the cell's margins.
    const chars = columnWidths(t).map((n) => n + 3);
    const scale = Math.min(110, PAGE / chars.reduce((a, b) => a + b, 0));
    const grid = chars.map((n) => Math.floor(n * scale));
    const placed = place(t.rows);
    const rows = t.rows.map((_, r) => {
      const cells = [];
      for (let c = 0; c < t.width; ) {
        const here = placed.find((p) => p.r === r && p.c === c);
        const above = placed.find((p) => p.r < r && p.c === c && p.r + (p.cell.rowSpan ?? 1) > r);
        const origin = here ?? above;
        if (!origin) {
          cells.push(`<w:tc><w:tcPr><w:tcW w:w="${grid[c]}" w:type="dxa"/></w:tcPr><w:p/></w:tc>`);
          c += 1;
          continue;
        }
        const span = origin.cell.colSpan ?? 1;
        const width = grid.slice(c, c + span).reduce((a, b) => a + b, 0);
        const merge = (origin.cell.rowSpan ?? 1) > 1 ? (here ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '';
        const props = `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${merge}</w:tcPr>`;
        const align = origin.cell.number !== undefined ? 'right' : origin.cell.head ? 'center' : undefined;
        cells.push(`<w:tc>${props}${here ? paragraph(origin.cell.text, align) : '<w:p/>'}</w:tc>`);
        c += span;
      }
      return `<w:tr>${cells.join('')}</w:tr>`;
    });
    const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');
    return [
      paragraph(t.title, 'center'),
      ...(t.unit ? [paragraph(t.unit, 'right')] : []),
      `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`,
      '<w:p/>',
    ].join('');
  });
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${cover}${body.join('')}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="567" w:right="567" w:bottom="567" w:left="567" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Noto Sans CJK SC" w:hAnsi="Noto Sans CJK SC" w:eastAsia="Noto Sans CJK SC"/><w:sz w:val="15"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(documentXml),
    'word/styles.xml': strToU8(styles),
  }, { mtime: new Date('2025-01-01') });
}

/** LibreOffice headless conversion into a scratch folder (its own profile, so a running instance is not disturbed). */
function convert(file, to, filter) {
  const scratch = mkdtempSync(join(tmpdir(), 'fixtures-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${scratch}/profile`, '--headless', '--convert-to', filter ? `${to}:${filter}` : to, '--outdir', scratch, file], { stdio: 'ignore' });
  const out = join(scratch, basename(file).replace(/\.[^.]+$/, `.${to}`));
  const bytes = readFileSync(out);
  rmSync(scratch, { recursive: true, force: true });
  return bytes;
}

// `node scripts/make-import-fixtures.mjs pingli-2025 …` writes only those documents' fixtures (and the files made
// from them), so that the others stay byte for byte as committed: LibreOffice stamps each PDF with its time.
const only = process.argv.slice(2);
const documents = readdirSync('demo/data').filter((file) => file.endsWith('.json')).sort();
const chosen = (file) => only.length === 0 || only.includes(file.replace(/\.json$/, ''));
for (const [index, file] of documents.entries()) {
  if (!chosen(file)) continue;
  const doc = JSON.parse(readFileSync(join('demo/data', file), 'utf8'));
  const name = file.replace(/\.json$/, '');
  const printedTables = doc.tables.filter((table) => !GOALS.has(table.kind) && table.status !== 'unavailable' && table.columns.length);
  const tables = [...contents(doc), ...printedTables.map((table) => layout(table, doc.meta))];
  writeFileSync(join(OUT, `${name}.html`), html(doc, tables));
  writeFileSync(join(OUT, `${name}.xlsx`), xlsx(doc, tables));
  writeFileSync(join(OUT, `${name}.docx`), docx(doc, tables));
  writeFileSync(join(OUT, `${name}.pdf`), convert(join(OUT, `${name}.docx`), 'pdf'));
  if (index === 0) writeFileSync(join(OUT, `${name}.xls`), convert(join(OUT, `${name}.xlsx`), 'xls', 'MS Excel 97'));
  console.log(`${name}: ${printedTables.length} tables`);
}

const first = documents[0].replace(/\.json$/, '');
if (chosen(documents[0])) execFileSync('qpdf', ['--encrypt', 'reader-password', 'owner-password', '256', '--', join(OUT, `${first}.pdf`), join(OUT, 'encrypted.pdf')]);
if (only.length === 0) execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', `-sOutputFile=${join(OUT, 'scanned.pdf')}`, '-c', '0.5 setgray 72 72 400 600 rectfill showpage']);

// Forty pages: the five PDFs, then the first one's pages again up to forty.
const pdfs = documents.map((file) => join(OUT, file.replace(/\.json$/, '.pdf')));
const pageCount = (file) => Number(execFileSync('qpdf', ['--show-npages', file], { encoding: 'utf8' }));
const more = 40 - pdfs.reduce((sum, file) => sum + pageCount(file), 0);
execFileSync('qpdf', ['--empty', '--pages', ...pdfs, pdfs[0], `1-${more}`, '--', 'bench/fixtures/disclosure-40.pdf']);
