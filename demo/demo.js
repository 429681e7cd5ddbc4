// The gallery's options: which bureau and element to show, and the language, unit and theme of
// every element. They live in the query string (?bureau=…&element=…&lang=…&unit=…&theme=…),
// so that any view can be linked to.
const form = document.querySelector('.controls');
const TAGS = 'budget-summary, sangong-card, perf-goal-table, budget-treemap, budget-table';

function apply() {
  const options = new FormData(form);
  const bureau = options.get('bureau');
  const tag = options.get('element');
  for (const section of document.querySelectorAll('.bureau')) section.hidden = Boolean(bureau) && section.id !== bureau;
  for (const element of document.querySelectorAll(TAGS)) {
    element.hidden = Boolean(tag) && element.localName !== tag;
    element.setAttribute('unit', options.get('unit'));
    if (options.get('theme')) element.setAttribute('theme', options.get('theme'));
    else element.removeAttribute('theme');
  }
  // A row of cards with none shown would leave an empty gap.
  for (const cards of document.querySelectorAll('.cards')) cards.hidden = [...cards.children].every((child) => child.hidden);
  document.documentElement.lang = options.get('lang');
  document.body.dataset.theme = options.get('theme');

  const query = new URLSearchParams([...options].filter(([name, value]) => value && value !== form.elements[name].options[0].value));
  history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}${location.hash}`);
}

/** Shows the bureau a #fragment link points at, even when another one is selected. */
function reveal() {
  const section = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (section?.classList.contains('bureau') && section.hidden) {
    form.elements.bureau.value = section.id;
    apply();
    section.scrollIntoView();
  }
}

for (const [name, value] of new URLSearchParams(location.search)) {
  const select = form.elements[name];
  if (select instanceof HTMLSelectElement && [...select.options].some((option) => option.value === value)) select.value = value;
}
form.addEventListener('change', apply);
addEventListener('hashchange', reveal);
apply();
reveal();
