/**
 * Words a reader sees broken across two lines: an English word ("employmen|t"), a figure
 * ("456.717|8"), a figure with its unit ("1155.84 万|元", "占 9.|4%"). Chinese may break between any
 * two characters; these may not. Walks the text of `root` through open shadow roots.
 */

/** A share ("占 9.4%"), a figure with its unit, an English word, a bare figure. */
const WORD = /占\s?\d[\d.,]*\s?%|\d[\d,.]*\s?(?:[万亿]?元|%)|[A-Za-z][A-Za-z’'-]*[A-Za-z]|\d[\d,.]*\d/g;

/** The text nodes under `root`, entering open shadow roots (not those of the `skip` tags); not those of style or script elements. */
function texts(root: Node, skip: string[]): Text[] {
  const found: Text[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) found.push(child as Text);
      else if (!['STYLE', 'SCRIPT'].includes(child.nodeName)) visit(child);
    }
    if (node instanceof Element && node.shadowRoot && !skip.includes(node.localName)) visit(node.shadowRoot);
  };
  visit(root);
  return found;
}

/** Whether the painted boxes of a range lie on more than one line: one begins below where another ends. */
function onSeveralLines(range: Range): boolean {
  const boxes = [...range.getClientRects()].filter((box) => box.width > 0 && box.height > 0);
  return boxes.some((box) => boxes.some((other) => box.top >= other.bottom - 1));
}

/**
 * Each word broken across lines, with the text it is in: `"employment" in "Social security and
 * employment"`. Elements whose tag is in `skip` are not looked into.
 */
export function splitWords(root: Node, { skip = [] as string[] } = {}): string[] {
  const split: string[] = [];
  for (const text of texts(root, skip)) {
    for (const match of text.data.matchAll(WORD)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      if (onSeveralLines(range)) split.push(`"${match[0]}" in "${text.data.replace(/\s+/g, ' ').trim().slice(0, 60)}"`);
    }
  }
  return split;
}
