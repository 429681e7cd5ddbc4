// Applies the display options to every element on the page.
const form = document.querySelector('.controls');
form.addEventListener('change', () => {
  const options = new FormData(form);
  document.documentElement.lang = options.get('lang');
  for (const element of document.querySelectorAll('budget-summary, sangong-card, perf-goal-table, budget-treemap')) {
    element.setAttribute('unit', options.get('unit'));
    if (options.get('theme')) element.setAttribute('theme', options.get('theme'));
    else element.removeAttribute('theme');
  }
  document.body.dataset.theme = options.get('theme');
});
