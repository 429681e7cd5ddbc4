// What both benchmarks share: a valid synthetic document holding one 支出总表, and a wait for paint.

/** A document of a made-up department whose only table is a 部门支出总表 with these columns and rows. */
export const benchDocument = (columns, rows) => ({
  schemaVersion: '1.0',
  kind: 'budget',
  meta: {
    department: { name: '基准测试部门' },
    region: { province: '测试省' },
    year: 2025,
    publishedUnit: '元',
    units: [{ name: '基准测试部门' }],
    source: { title: 'synthetic benchmark document' },
  },
  tables: [{ id: 'expenditure', kind: 'expenditure', title: '部门支出总表', status: 'published', columns, rows }],
  sections: [],
});

/** Resolves once the browser has painted what is in the DOM now. */
export const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
