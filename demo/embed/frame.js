// One element for one bureau, chosen by the query, for pages that can embed only an iframe:
//   frame.html?bureau=gaoyang-2025&element=sangong-card[&lang=en][&unit=元][&theme=dark]
//     [&variant=compact][&scope=department][&by=economic][&fund=gov-fund][&sections=totals][&table=sangong][&expand-level=1]
//     [&origin=https://host.example]
// Whenever its height changes it tells the embedding page, which may resize the iframe
// (iframe-resizer.js): parent.postMessage({ type: 'budget-widgets:resize', height }, origin).
const BUREAUS = ['kaijiang-2025', 'gaoyang-2025', 'yuanjiang-2024', 'pingli-2025', 'quxian-2024'];
const ELEMENTS = ['budget-summary', 'sangong-card', 'perf-goal-table', 'budget-treemap', 'budget-table', 'budget-report'];
const ATTRIBUTES = ['lang', 'unit', 'theme', 'variant', 'scope', 'by', 'fund', 'sections', 'project', 'table', 'expand-level'];
const RESIZE_MESSAGE = 'budget-widgets:resize';

const params = new URLSearchParams(location.search);
const bureau = params.get('bureau');
const tag = params.get('element') ?? 'budget-summary';
const main = document.querySelector('main');

if (params.get('lang') === 'en') document.documentElement.lang = 'en';
if (BUREAUS.includes(bureau) && ELEMENTS.includes(tag)) {
  // Only our own tags and attributes, and a file of ours: the query cannot inject anything.
  const element = document.createElement(tag);
  element.setAttribute('src', `../data/${bureau}.json`);
  for (const name of ATTRIBUTES) if (params.has(name)) element.setAttribute(name, params.get(name));
  main.append(element);
  document.title = `${tag} · ${bureau}`;
} else {
  const message = document.createElement('p');
  message.className = 'frame-error';
  message.setAttribute('role', 'alert');
  message.textContent = `未知的部门或组件 / Unknown bureau or element. bureau: ${BUREAUS.join(', ')}; element: ${ELEMENTS.join(', ')}.`;
  main.append(message);
}

// The height is no secret, so any embedding page may hear it; `origin` restricts it to one.
const targetOrigin = params.get('origin') ?? '*';
let reported = 0;
if (parent !== window) {
  new ResizeObserver(() => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === reported) return;
    reported = height;
    parent.postMessage({ type: RESIZE_MESSAGE, height }, targetOrigin);
  }).observe(document.body);
}
