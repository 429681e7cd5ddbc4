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
 * Waits until `phase` (0 to 1) of a frame has passed since a frame began. A time that ends with
 * `frame()` depends on where in its frame it started: begun just before a frame, a render that
 * fits in the rest of it is drawn at once; begun just after, it waits almost a frame more. Back to
 * back, every run would start at much the same place (two frames after the run before, plus the
 * driver's round trip), so one library could land just before a frame and another just after, by
 * chance. Each run starts at a different phase instead, the same phases for every library.
 */
export async function atPhase(phase) {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, phase * (1000 / 60)));
}

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
