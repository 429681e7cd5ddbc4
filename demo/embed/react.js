// The React 19 guide, without a build step: the same component as the README's JSX, written with
// createElement. `npm start` (web-dev-server.config.mjs) serves `react` as ES modules.
import { Fragment, createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
// In an app: `import 'budget-widgets'` (or one element: 'budget-widgets/budget-summary.js'),
// and `import 'budget-widgets/checks.js'` for budget-ready's consistency warnings.
import '../../dist/index.js';
import '../../dist/data/install-checks.js';

const BUREAUS = ['kaijiang-2025', 'gaoyang-2025', 'yuanjiang-2024', 'pingli-2025', 'quxian-2024'];

/** React 19 sets `data` as a property and listens for `budget-ready` / `budget-error`. */
function BudgetHeadline({ doc }) {
  const [status, setStatus] = useState('');
  return h(
    Fragment,
    null,
    h('budget-summary', {
      data: doc,
      sections: 'totals expenditure',
      'onbudget-ready': (event) => setStatus(`ready: ${event.detail.warnings.length} consistency warnings`),
      'onbudget-error': (event) => setStatus(`error: ${event.detail.code}`),
    }),
    h('p', { role: 'status', className: 'event-status' }, status),
  );
}

/** The page around it: choose a bureau, fetch its document, hand it over as an object. */
function App() {
  const [bureau, setBureau] = useState(BUREAUS[0]);
  const [doc, setDoc] = useState();
  useEffect(() => {
    const abort = new AbortController();
    fetch(`../data/${bureau}.json`, { signal: abort.signal })
      .then((response) => response.json())
      .then(setDoc, () => {});
    return () => abort.abort();
  }, [bureau]);
  return h(
    Fragment,
    null,
    h('label', null, '部门 / Bureau ', h('select', { value: bureau, onChange: (event) => setBureau(event.target.value) }, BUREAUS.map((id) => h('option', { key: id }, id)))),
    doc ? h(BudgetHeadline, { doc }) : null,
  );
}

createRoot(document.querySelector('#react-root')).render(h(App));
