/**
 * The glossary (名词解释): numbered entries ("1.财政拨款收入：指…", "8. 公务接待费反映…"), entries that open with a
 * function code ("2101501：…（项）：反映…"), and sub-headings followed by their definition ("三、“三公”经费" / "纳入…").
 * An entry runs over as many lines as the extraction wrapped it into, up to the next entry or heading.
 */
import type { BudgetDocument } from '../../../data/schema.js';
import type { SourceBlock } from '../../source.js';
import { headingText, isHeading } from './sections.js';

type GlossaryEntry = NonNullable<BudgetDocument['glossary']>[number];

const ENTRY = /^(\d{1,2}\s*[、.．](?!\d)|[（(]\d{1,2}[）)]|\d{7}(?=[\s：:]))/;
/** Entries several to a line: "…支出。17. 社会保障和就业支出（类）…". */
const INLINE_ENTRY = /(?<=[。；])\s*(?=\d{1,2}\s*[、.．]\s*[^\d\s])/;
const MARKER = /^([一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/;

/**
 * Term and definition of an entry's text: at its first colon outside brackets ("住房公积金（项：）：…") and after
 * a leading code ("2101501：…（项）：反映…"), or before 反映/指 where it prints none.
 */
function split(text: string): GlossaryEntry | undefined {
  const body = text.replace(/^(\d{1,2}\s*[、.．]|[（(]\d{1,2}[）)])\s*/, '');
  const code = /^\d{7}\s*[：:]?/.exec(body)?.[0].length ?? 0;
  let depth = 0;
  let colon = -1;
  for (let i = code; i < body.length && colon < 0; i += 1) {
    const c = body[i]!;
    if (c === '（' || c === '(') depth += 1;
    else if ((c === '）' || c === ')') && depth > 0) depth -= 1;
    else if ((c === '：' || c === ':') && depth === 0 && i >= 2) colon = i;
  }
  let term = colon > 0 ? body.slice(0, colon) : /^(.{2,80}?)(?=反映|是指|指)/.exec(body)?.[1];
  let definition = colon > 0 ? body.slice(colon + 1) : body.slice(term?.length ?? 0);
  // "…（项）反映：其他…": the colon belongs to the definition's 反映.
  if (term && /反映$/.test(term)) [term, definition] = [term.slice(0, -2), body.slice(term.length - 2)];
  return term && definition.trim() ? { term: term.trim(), definition: definition.trim() } : undefined;
}

export function readGlossary(blocks: readonly SourceBlock[], used: number[]): GlossaryEntry[] {
  // The last 名词解释 heading: the first is often the contents' line.
  let start = -1;
  blocks.forEach((block, i) => {
    if (block.kind === 'paragraph' && /名词解释/.test(block.text) && headingText(block.text.trim()).length < 30) start = i;
  });
  if (start < 0) return [];
  const ownMarker = MARKER.exec(headingText((blocks[start] as { text: string }).text.trim()))?.[1];
  // The glossary ends at the next part (第二部分), or at the next heading of its own level (十一、 after 十、).
  const sameLevel = ownMarker && !/部分/.test(ownMarker) ? /^([一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/ : /^第[一二三四五六七八九十]+部分/;
  const texts: { text: string; index: number }[] = [];
  for (let i = start + 1; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (block.kind !== 'paragraph') continue;
    const text = headingText(block.text.trim());
    if (sameLevel.test(text)) break;
    for (const piece of text.split(INLINE_ENTRY)) texts.push({ text: piece.trim(), index: i });
  }
  const entries: GlossaryEntry[] = [];
  let open: { text: string; heading?: string } | undefined;
  const close = () => {
    const entry = open?.heading !== undefined ? (open.text ? { term: open.heading, definition: open.text } : undefined) : open && split(open.text);
    if (entry) entries.push(entry);
    open = undefined;
  };
  for (const { text, index } of texts) {
    if (ENTRY.test(text)) {
      close();
      open = { text };
    } else if (isHeading(text)) {
      // A sub-heading: a term when a definition follows it, a group of entries otherwise.
      close();
      open = { text: '', heading: text.replace(/^[（(]?[一二三四五六七八九十\d]+[、.．）)]\s*/, '') };
    } else if (open) open.text += text;
    else continue;
    used.push(index);
  }
  close();
  return entries;
}
