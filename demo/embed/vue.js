// The Vue 3 guide without a build step, under a strict Content-Security-Policy: Vue's runtime-only
// ES module build and a render function (Vue's in-browser template compiler needs 'unsafe-eval').
// With a build step, write the README's template: the compiler then needs `isCustomElement`.
import { createApp, h, ref, watchEffect } from 'vue/dist/vue.runtime.esm-browser.prod.js';
// In an app: `import 'budget-widgets'` (or one element: 'budget-widgets/budget-summary.js'),
// and `import 'budget-widgets/checks.js'` for budget-ready's consistency warnings.
import '../../dist/index.js';
import '../../dist/data/install-checks.js';

const BUREAUS = ['kaijiang-2025', 'gaoyang-2025', 'yuanjiang-2024', 'pingli-2025', 'quxian-2024'];

createApp({
  setup() {
    const bureau = ref(BUREAUS[0]);
    const doc = ref();
    const status = ref('');
    watchEffect((onCleanup) => {
      const abort = new AbortController();
      onCleanup(() => abort.abort());
      fetch(`../data/${bureau.value}.json`, { signal: abort.signal })
        .then((response) => response.json())
        .then((json) => (doc.value = json), () => {});
    });
    // Vue sets `data` as a property (the element has one) and listens for budget-ready / budget-error.
    return () => [
      h('label', null, ['部门 / Bureau ', h('select', { value: bureau.value, onChange: (event) => (bureau.value = event.target.value) }, BUREAUS.map((id) => h('option', { value: id }, id)))]),
      doc.value
        ? h('budget-summary', {
            data: doc.value,
            sections: 'totals expenditure',
            onBudgetReady: (event) => (status.value = `ready: ${event.detail.warnings.length} consistency warnings`),
            onBudgetError: (event) => (status.value = `error: ${event.detail.code}`),
          })
        : null,
      h('p', { role: 'status', class: 'event-status' }, status.value),
    ];
  },
}).mount('#vue-root');
