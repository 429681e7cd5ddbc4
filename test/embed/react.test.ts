import { expect } from '@open-wc/testing';
import { createElement, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import '../../src/index.js';
import '../../src/data/install-checks.js';
import { loadRaw } from '../data/fixtures.js';
import { checkFrameworkPage, rendered, totals, waitFor } from './page.js';

/**
 * React 19 and custom elements, as demo/embed/react.html and the README use them: `data` goes in
 * as a property, `onbudget-ready` / `onbudget-error` come back through React's own event handling.
 * React arrives as ES modules through scripts/dev-server-react.mjs, as on the demo page.
 */
type Detail = { warnings?: unknown[]; code?: string };

function Headline({ doc }: { doc: unknown }) {
  const [status, setStatus] = useState('');
  return createElement(
    'div',
    null,
    createElement('budget-summary', {
      data: doc,
      sections: 'totals',
      'onbudget-ready': (event: CustomEvent<Detail>) => setStatus(`ready: ${event.detail.warnings!.length}`),
      'onbudget-error': (event: CustomEvent<Detail>) => setStatus(`error: ${event.detail.code}`),
    }),
    createElement('p', { className: 'status' }, status),
  );
}

describe('embedding guide: React 19', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.body.appendChild(document.createElement('div'));
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });
  const status = () => container.querySelector('.status')?.textContent;

  it('passes the document as a property and hears budget-ready', async () => {
    const doc = await loadRaw('kaijiang-2025');
    root.render(createElement(Headline, { doc }));
    // kaijiang-2025 has 12 consistency warnings (README, "The five bureaus").
    await waitFor(() => status() === 'ready: 12', 'React state set by budget-ready');
    const summary = container.querySelector('budget-summary') as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
    expect(summary.data, 'a property, the same object').to.equal(doc);
    expect(summary.hasAttribute('data'), 'not an attribute').to.equal(false);
    await summary.updateComplete;
    expect(totals(summary)).to.include.members(['收入总计 1,236.47', '支出总计 1,236.47']);
  });

  it('shows a new document when the prop changes', async () => {
    root.render(createElement(Headline, { doc: await loadRaw('kaijiang-2025') }));
    await waitFor(() => status() === 'ready: 12', 'the first document');
    root.render(createElement(Headline, { doc: await loadRaw('gaoyang-2025') }));
    await waitFor(() => status() === 'ready: 9', 'the second document');
    const summary = container.querySelector('budget-summary') as HTMLElement & { updateComplete: Promise<unknown> };
    await summary.updateComplete;
    expect(totals(summary)).to.include.members(['收入总计 595.88', '支出总计 595.88']);
  });

  it('hears budget-error for a document it cannot show', async () => {
    root.render(createElement(Headline, { doc: { schemaVersion: '2.0', kind: 'budget' } }));
    await waitFor(() => status() === 'error: unsupported-version', 'React state set by budget-error');
    const summary = await rendered(container, 'budget-summary');
    expect(summary.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
  });

  it('runs the demo page, bureau switch included', async () => {
    await checkFrameworkPage('/demo/embed/react.html', { bureau: 'quxian-2024', warnings: 21, totals: ['收入总计 6,430.65', '上年结转 60.70'] });
  });
});
