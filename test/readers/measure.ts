/**
 * What a reader on a phone runs into, measured in a rendered page: sideways scrolling, text squeezed
 * into a ribbon, headline figures out of sight, treemap tiles without labels, focus targets too small
 * to hit. Each check walks the page through open shadow roots and answers a list of problems, each
 * naming the element (its host path, tag, classes, text) and its box, so that a failure says where.
 * Pure measuring: nothing here changes the page.
 */

/** Every element under `root` (its own shadow root first, if it has one), entering open shadow roots, not iframes. */
export function composedElements(root: Document | ShadowRoot | Element): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.children) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if ('shadowRoot' in root && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** The text nodes directly under `node` (not in its descendants). */
const ownTexts = (node: ParentNode): Text[] => [...node.childNodes].filter((child): child is Text => child.nodeType === Node.TEXT_NODE);

/** The parent across a shadow boundary (a shadow root's host; slotted nodes keep their light parent). */
const composedParent = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

const round = (n: number) => Math.round(n);
export const boxText = (r: DOMRect) => `[x ${round(r.left)}…${round(r.right)}, y ${round(r.top)}, ${round(r.width)}×${round(r.height)}]`;
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** "budget-report › budget-summary › td.amount "1,236.47" [x 300…380, y 12, 80×20]": where an element is. */
export function describeElement(el: Element): string {
  const hosts: string[] = [];
  for (let host = (el.getRootNode() as ShadowRoot).host; host; host = (host.getRootNode() as ShadowRoot).host) hosts.unshift(host.localName);
  const classes = [...el.classList].map((name) => `.${name}`).join('');
  const part = el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : '';
  const text = normalise(el.textContent ?? '');
  const quoted = text ? ` "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"` : '';
  return `${[...hosts, `${el.localName}${classes}${part}`].join(' › ')}${quoted} ${boxText(el.getBoundingClientRect())}`;
}

/** Laid out and painted: has a box, is not `visibility: hidden`, and is not hidden the visually-hidden way. */
export function isShown(el: Element): boolean {
  if (!el.getClientRects().length) return false;
  if (getComputedStyle(el).visibility !== 'visible') return false;
  return !visuallyHidden(el);
}

/** Inside a box of at most 1 px that clips its content: the screen-reader-only pattern. */
function visuallyHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = composedParent(node)) {
    const box = node.getBoundingClientRect();
    if ((box.width <= 1 || box.height <= 1) && getComputedStyle(node).overflow !== 'visible') return true;
  }
  return false;
}

/** An HTML element, whichever window made it (`instanceof HTMLElement` fails across frames). */
const isHtml = (el: Element): el is HTMLElement => el.namespaceURI === 'http://www.w3.org/1999/xhtml';

/** Whether the content of `el` is wider or taller than its box, and the box cuts it off. */
const cutsOff = (el: Element) =>
  isHtml(el) && getComputedStyle(el).overflow !== 'visible' && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);

const SCROLLS_OR_CLIPS = /(hidden|auto|scroll|clip)/;

/** Whether `ancestor` is a containing block for absolutely positioned descendants. */
function positions(ancestor: Element): boolean {
  const style = getComputedStyle(ancestor);
  return style.position !== 'static' || style.transform !== 'none' || style.contain.includes('layout') || style.contain.includes('paint');
}

/**
 * The horizontal span to which the ancestors of `el` that clip or scroll it cut it off (unbounded
 * if none does). An absolutely positioned box escapes the clipping of ancestors between it and its
 * containing block, which is how visually hidden text pans a page.
 */
export function clipSpan(el: Element): { left: number; right: number } {
  const doc = el.ownerDocument;
  let left = -Infinity;
  let right = Infinity;
  let escaping = getComputedStyle(el).position;
  for (let node = composedParent(el); node && node !== doc.documentElement && node !== doc.body; node = composedParent(node)) {
    if (escaping === 'fixed') break;
    if (escaping === 'absolute' && !positions(node)) continue;
    const style = getComputedStyle(node);
    escaping = style.position === 'absolute' || style.position === 'fixed' ? style.position : 'static';
    if (SCROLLS_OR_CLIPS.test(style.overflowX)) {
      const box = node.getBoundingClientRect();
      left = Math.max(left, box.left);
      right = Math.min(right, box.right);
    }
  }
  return { left, right };
}

/** Where in the viewport `el` can be seen without scrolling the page or any region sideways. */
export function visibleSpan(el: Element): { left: number; right: number } {
  const { left, right } = clipSpan(el);
  return { left: Math.max(0, left), right: Math.min(el.ownerDocument.documentElement.clientWidth, right) };
}

/** Whether the span of `rect` lies inside `span`, with half a pixel for rounding. */
const within = (rect: DOMRect, span: { left: number; right: number }) => rect.left >= span.left - 0.5 && rect.right <= span.right + 0.5;

/**
 * (a) The page must not scroll sideways: the root's scroll width within its client width (the
 * viewport less any vertical scrollbar). Names the outermost elements that stick out unclipped.
 */
export function sidewaysScroll(doc: Document): string[] {
  const { scrollWidth, clientWidth } = doc.documentElement;
  if (scrollWidth <= clientWidth) return [];
  // Boxes past the right edge that no ancestor clips or scrolls; of those, the outermost.
  const sticking = composedElements(doc).filter(
    (el) => el.getClientRects().length && el.getBoundingClientRect().right > clientWidth + 0.5 && clipSpan(el).right > clientWidth + 0.5,
  );
  const outermost = sticking.filter((el) => {
    const parent = composedParent(el);
    return !(parent && sticking.includes(parent));
  });
  const culprits = outermost.slice(0, 4).map(describeElement);
  return [`page scrolls sideways: scrollWidth ${scrollWidth} > ${clientWidth}${culprits.length ? `; sticking out: ${culprits.join('; ')}` : ''}`];
}

/** The line boxes a text node is laid out in (distinct tops of its fragments). */
function lineCount(text: Text): number {
  const range = text.ownerDocument.createRange();
  range.selectNodeContents(text);
  const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
  return tops.size;
}

/**
 * (b) No text squeezed into a ribbon: an element whose own text has more than `minChars` characters
 * must not be under `ems` of its font size wide, unless that text fits on one line inside it (a short
 * figure like "1.46" is narrow and fine; a caption of one or two characters per line is not, nor a
 * label cut off to "21…").
 */
export function narrowTextBoxes(root: Document | ShadowRoot | Element, { minChars = 4, ems = 3 } = {}): string[] {
  const problems: string[] = [];
  for (const el of composedElements(root)) {
    if (el.localName === 'script' || el.localName === 'style') continue;
    const texts = ownTexts(el).filter((text) => normalise(text.data) !== '');
    const chars = [...texts.map((t) => normalise(t.data)).join('')].length;
    if (chars <= minChars - 1 || !isShown(el)) continue;
    const box = el.getBoundingClientRect();
    const fontSize = parseFloat(getComputedStyle(el).fontSize);
    if (box.width >= ems * fontSize) continue;
    const wraps = texts.some((text) => lineCount(text) > 1);
    const cutOff = cutsOff(el);
    if (wraps || cutOff) problems.push(`text ${wraps ? 'wraps' : 'is cut off'} in a box ${round(box.width)} px wide (< ${ems} × ${fontSize} px): ${describeElement(el)}`);
  }
  return problems;
}

/** Text nodes under `root` (through shadow roots) that show `figure` as a whole number, not part of a longer one. */
function figureTexts(root: Document | ShadowRoot | Element, figure: string): Text[] {
  const escaped = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(^|[^\\d.,])${escaped}(?![\\d]|[.,]\\d)`);
  const elements = composedElements(root);
  const holders: ParentNode[] = [root, ...elements, ...elements.flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
  return holders.flatMap(ownTexts).filter((text) => pattern.test(normalise(text.data)));
}

/**
 * (c) Each headline figure shown at least once where a reader sees it without scrolling sideways:
 * its text box inside the viewport and inside every ancestor that clips or scrolls it. Each headline
 * lists alternative `texts` (the same amount written in each unit); any of them, shown once in sight, will do.
 */
export function figuresOutOfSight(root: Document | ShadowRoot | Element, headlines: { name: string; texts: string[] }[]): string[] {
  const problems: string[] = [];
  for (const { name, texts } of headlines) {
    const shown = texts.flatMap((figure) => figureTexts(root, figure)).filter((text) => text.parentElement && isShown(text.parentElement));
    if (!shown.length) {
      problems.push(`${name} (${texts.join(' / ')}) is not shown`);
      continue;
    }
    const placed = shown.map((text) => {
      const range = text.ownerDocument.createRange();
      range.selectNodeContents(text);
      return { el: text.parentElement!, rect: range.getBoundingClientRect(), span: visibleSpan(text.parentElement!) };
    });
    if (placed.some(({ rect, span }) => within(rect, span))) continue;
    const where = placed.slice(0, 3).map(({ el, rect, span }) => `${describeElement(el)} text ${boxText(rect)} visible only within x ${round(span.left)}…${round(span.right)}`);
    problems.push(`${name} is out of sight: ${where.join('; ')}`);
  }
  return problems;
}

const AMOUNT = /\d[\d,]*(\.\d+)?/;
const SHARE = /(<\s*)?\d+(\.\d+)?\s*%/;
/** What is left of a label once figures, units and punctuation are gone: its name, if it has one. */
const nameOf = (text: string) =>
  text
    .replace(/<?\s*\d[\d,]*(\.\d+)?\s*%?/g, ' ')
    .replace(/万元|亿元|元|\b(10k|100m|yuan)\b/g, ' ')
    .replace(/[^\p{L}]/gu, '');

/**
 * (d) Treemap tiles that say something: labels (`part="tile-label"`) that show a name (not a bare
 * code), an amount and a share, whole (not cut off) and in sight. Answers how many do, and why the
 * others do not.
 */
export function tileLabels(root: Document | ShadowRoot | Element): { labelled: number; problems: string[] } {
  const problems: string[] = [];
  let labelled = 0;
  const labels = composedElements(root).filter((el) => el.getAttribute('part')?.split(/\s+/).includes('tile-label'));
  for (const label of labels) {
    if (!isShown(label)) continue;
    const text = normalise(label.textContent ?? '');
    const missing = [!nameOf(text) && 'a name', !AMOUNT.test(text) && 'an amount', !SHARE.test(text) && 'a share'].filter(Boolean);
    const cutOff = cutsOff(label);
    const hidden = !within(label.getBoundingClientRect(), visibleSpan(label));
    if (!missing.length && !cutOff && !hidden) labelled += 1;
    else problems.push(`tile label ${[missing.length && `lacks ${missing.join(', ')}`, cutOff && 'is cut off', hidden && 'is out of sight'].filter(Boolean).join(' and ')}: ${describeElement(label)}`);
  }
  return { labelled, problems };
}

const FOCUSABLE = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable]';
/** Items of a composite widget, focused by arrow keys (roving tabindex) though out of the tab order. */
const ROVING_ITEM = '[tabindex="-1"]:is([role="treeitem"], [role="gridcell"], [role="row"], [role="option"], [role="tab"], [role="menuitem"], [role="radio"])';

/**
 * (e) No focus target, while displayed, smaller than `min` px in either dimension: whatever is in the
 * tab order, and the items of a composite widget that arrow keys move focus to.
 */
export function smallFocusTargets(root: Document | ShadowRoot | Element, min = 8): string[] {
  return composedElements(root)
    .filter((el) => el.matches(ROVING_ITEM) || (el.matches(FOCUSABLE) && (el as HTMLElement | SVGElement).tabIndex >= 0 && !el.matches(':disabled')))
    .filter((el) => el.getClientRects().length && getComputedStyle(el).visibility === 'visible')
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width < min || box.height < min;
    })
    .map((el) => `focusable ${el.localName} smaller than ${min} px: ${describeElement(el)}`);
}
