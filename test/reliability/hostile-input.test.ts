/**
 * Hostile and malformed input: the validator never throws, every element renders or shows its
 * error state, injected markup stays text, and nothing reaches the host page.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/elements/budget-summary/budget-summary.define.js';
import '../../src/elements/sangong-card/sangong-card.define.js';
import '../../src/elements/perf-goal-table/perf-goal-table.define.js';
import '../../src/elements/budget-table/budget-table.define.js';
import '../../src/elements/budget-report/budget-report.define.js';
import { validate, validateText } from '../../src/data/index.js';
import { loadRaw } from '../data/fixtures.js';

const TAGS = ['budget-summary', 'sangong-card', 'perf-goal-table', 'budget-table', 'budget-report'] as const;
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1"></svg>',
  'javascript:window.__pwned=1',
  '</script><script>window.__pwned=1</script>',
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every string in a document, replaced by `replace(old)`. */
function mapStrings(value: Json, replace: (text: string) => string): Json {
  if (typeof value === 'string') return replace(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, replace));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, replace)]));
  return value;
}

const uncaught: unknown[] = [];
const record = (event: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in event ? event.reason : event.error);

async function mountAll(data: unknown) {
  const host = await fixture(html`<div>
    <budget-summary .data=${data}></budget-summary><sangong-card .data=${data}></sangong-card><perf-goal-table .data=${data}></perf-goal-table>
    <budget-table .data=${data} table="general-budget-basic"></budget-table><budget-report .data=${data}></budget-report>
  </div>`);
  const elements = TAGS.map((tag) => host.querySelector(tag)! as HTMLElement & { updateComplete: Promise<unknown> });
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements;
}

describe('hostile input', () => {
  beforeEach(() => {
    uncaught.length = 0;
    window.addEventListener('error', record);
    window.addEventListener('unhandledrejection', record);
  });
  afterEach(() => {
    window.removeEventListener('error', record);
    window.removeEventListener('unhandledrejection', record);
    fixtureCleanup();
    expect(uncaught, 'errors reached the page').to.deep.equal([]);
  });

  for (const payload of PAYLOADS) {
    it(`renders ${payload} in every string field as inert text`, async () => {
      const doc = (await loadRaw('gaoyang-2025')) as Json;
      // Every free-text field (names, titles, notes, narrative): those with Chinese text, units aside.
      const hostile = mapStrings(doc, (text) => (/[\u4e00-\u9fff]/.test(text) && !['元', '万元', '亿元'].includes(text) ? `${text}${payload}` : text));
      const elements = await mountAll(hostile);
      for (const el of elements) {
        const root = el.shadowRoot!;
        expect(root.querySelector('[part~="base"]'), `${el.localName} renders`).to.not.equal(null);
        expect(root.querySelectorAll('img, script, svg[onload], [onerror], [onload]').length, `${el.localName}: ${payload}`).to.equal(0);
        expect(root.textContent).to.contain(payload);
        // The report's embedded elements, each in its own shadow root.
        for (const inner of root.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('[data-embed]')) {
          await inner.updateComplete;
          expect(inner.shadowRoot!.textContent, inner.localName).to.contain(payload);
          expect(inner.shadowRoot!.querySelectorAll('img, script, svg[onload], [onerror], [onload]').length, `${inner.localName} in the report: ${payload}`).to.equal(0);
        }
      }
      // Nothing that could run it later (an image's error, a load) is in any shadow root: checked above.
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  }

  it('keeps "</script>" inside inline JSON as data', async () => {
    const doc = (await loadRaw('kaijiang-2025')) as { meta: { department: { name: string } } };
    doc.meta.department.name = '开江县医疗保障局</script><script>window.__pwned=1</script>';
    // As a CMS must write it: "<" escaped inside the script element.
    const text = JSON.stringify(doc).replace(/</g, '\\u003c');
    const host = document.createElement('div');
    host.innerHTML = `<sangong-card><script type="application/json">${text}</script></sangong-card>`;
    document.body.append(host);
    const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.department')!.textContent).to.contain('</script><script>window.__pwned=1</script>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    host.remove();
  });

  it('never throws from the validator on random values or mutated documents', async () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = validate(value);
        expect(result.ok).to.be.a('boolean');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(validateText(text).ok).to.equal(false);
      }),
      { numRuns: 300 },
    );
  });

  it('renders documents with duplicate codes and deep hierarchies', async () => {
    const doc = (await loadRaw('kaijiang-2025')) as { tables: { kind: string; rows: { code?: string; name: string; level?: number; values: object }[] }[] };
    const expenditure = doc.tables.find((t) => t.kind === 'expenditure')!;
    const deep = Array.from({ length: 6 }, (_, i) => ({ code: '2101501'.padEnd(7 + i, '9'), name: `第${i + 1}层`, level: i, values: { total: 100 } }));
    expenditure.rows = [...expenditure.rows, ...Array.from({ length: 50 }, () => expenditure.rows).flat(), ...deep];
    const result = validate(doc);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.warnings.length).to.be.greaterThan(0);
    for (const el of await mountAll(doc)) expect(el.shadowRoot!.querySelector('[part~="base"]'), el.localName).to.not.equal(null);
  });

  it('renders or shows its error state for mutated real documents, in every element', async () => {
    const doc = (await loadRaw('quxian-2024')) as Json;
    const strange = fc.oneof(
      fc.constant(null),
      fc.constant(Number.NaN),
      fc.constant(Number.POSITIVE_INFINITY),
      fc.constant(-1e20),
      fc.constant(-12_345_678.9),
      fc.constant(1e14),
      fc.constant('x'.repeat(100_000)),
      fc.constant([]),
      fc.constant({}),
      fc.string(),
      fc.integer(),
    );
    /** Replaces the value at one randomly chosen path of the document. */
    const mutate = (value: Json, path: number[], replacement: Json): Json => {
      if (!path.length || value === null || typeof value !== 'object') return replacement;
      const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
      if (!entries.length) return replacement;
      const [key, child] = entries[path[0]! % entries.length]!;
      const copy: Json = Array.isArray(value) ? [...value] : { ...value };
      (copy as Record<string | number, Json>)[key] = mutate(child, path.slice(1), replacement);
      return copy;
    };
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), strange, async (path, replacement) => {
        const elements = await mountAll(mutate(doc, path, replacement as Json));
        for (const el of elements) {
          const root = el.shadowRoot!;
          expect(root.querySelector('[part~="base"]') !== null || root.querySelector('[role="alert"]') !== null, el.localName).to.equal(true);
        }
        fixtureCleanup();
      }),
      { numRuns: 40 },
    );
  });
});
