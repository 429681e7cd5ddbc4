// What both benchmarks share: a valid synthetic document holding one 支出总表, and the one wait
// every library's time ends with.

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

/**
 * Two animation frames: the first runs before the browser paints what is in the DOM (or on the
 * canvas) now, the second after that paint. Every time in the benchmarks ends with this wait.
 */
export const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * Resolves when a Lit element has rendered and `selector` matches in its shadow root (our elements
 * render the loading state first when they are still waiting for their size), then waits `frame()`.
 * `work`: when the render was done (its forced layout included), before the wait; the frames make
 * `elapsed` move in steps of a frame, `work` shows what a step hides.
 * Also resolves `ready` with the time `budget-ready` arrived, which follows the first paint.
 */
export async function ourFirstPaint(element, selector, start) {
  const ready = new Promise((resolve) => element.addEventListener('budget-ready', () => resolve(performance.now() - start), { once: true }));
  await element.updateComplete;
  while (!element.shadowRoot.querySelector(selector)) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await element.updateComplete;
  }
  const work = performance.now() - start;
  await frame();
  return { elapsed: performance.now() - start, work, ready };
}
