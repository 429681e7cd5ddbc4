// Records every CSP violation, loads the one-file bundle, and reports to the test page.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI}`));

const elements = [...document.querySelectorAll('budget-summary, sangong-card, perf-goal-table, budget-table, budget-report')];
const settled = Promise.all(
  elements.map(
    (element) =>
      new Promise((resolve) => {
        element.addEventListener('budget-ready', () => resolve('ready'), { once: true });
        element.addEventListener('budget-error', (event) => resolve(`error: ${event.detail.code}`), { once: true });
      }),
  ),
);
await import('/dist/budget-widgets.min.js');
const states = await settled;
await Promise.all(elements.map((element) => element.updateComplete));
// The report's own elements render after it: wait for them too, so their violations are counted.
await Promise.all(elements.flatMap((element) => [...element.shadowRoot.querySelectorAll('[data-embed]')].map((inner) => inner.updateComplete)));
const rendered = elements.map((element) => element.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '');
parent.postMessage({ type: 'csp-report', violations, states, rendered }, location.origin);
