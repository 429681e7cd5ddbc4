// The full report of one bureau: ?bureau=<id> picks the data file (only the five known ids).
const BUREAUS = ['kaijiang-2025', 'gaoyang-2025', 'yuanjiang-2024', 'pingli-2025', 'quxian-2024'];
const params = new URLSearchParams(location.search);
const bureau = BUREAUS.includes(params.get('bureau')) ? params.get('bureau') : BUREAUS[0];
const report = document.querySelector('budget-report');
report.setAttribute('src', `data/${bureau}.json`);
for (const link of document.querySelectorAll('nav a[href^="?bureau="]')) {
  if (link.getAttribute('href') === `?bureau=${bureau}`) link.setAttribute('aria-current', 'page');
}
report.addEventListener('budget-ready', (event) => {
  const { meta } = event.detail.document;
  document.title = `${meta.department.name} ${meta.year} 年部门预算公开 · budget-report`;
});

const form = document.querySelector('.controls');
form.addEventListener('change', () => {
  const options = new FormData(form);
  document.documentElement.lang = options.get('lang');
  report.setAttribute('unit', options.get('unit'));
});
document.getElementById('print').addEventListener('click', () => print());
