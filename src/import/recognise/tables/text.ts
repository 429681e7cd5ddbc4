/** Small text predicates the table recognisers share: what a disclosure line is (title, unit, note, figure, code). */
import type { Unit } from '../../../data/schema.js';
import { parseFigure } from '../../amount.js';
import type { SourceBlock } from '../../source.js';

/** Whitespace of any width removed: "收  入  总  计" and "收入总计" compare equal. */
export const squash = (text: string): string => text.replace(/[\s\u3000]+/g, '');

/** Full-width ASCII made half-width, for matching only (published text is kept as printed). */
export const halfWidth = (text: string): string => text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** "[bookmark: _Toc_2_2_0000000001]" and similar extraction markers, which are not published text. */
export const withoutMarkers = (text: string): string => text.replace(/\[bookmark:[^\]]*\]/g, '');

/** The unit a line states ("金额单位：万元", "单位:元", "价值（金额单位：万元）"), if it states one. */
export function unitOf(text: string): Unit | undefined {
  const match = /单位\s*[:：]\s*(亿元|万元?|元)/.exec(squash(text));
  if (!match) return undefined;
  // "金额单位：万" cut at a line end still means 万元.
  return match[1] === '万' ? '万元' : (match[1] as Unit);
}

/**
 * A printed amount cell: "1,236.47", "4,567,178.00", "(3.50)", "—". A bare integer ("208", "05", "309001") is read
 * as a code, not an amount: disclosures print amounts with their decimals, and codes stand in the same columns.
 */
export const isFigure = (text: string): boolean => {
  const t = halfWidth(text).trim();
  return !/\s/.test(t) && parseFigure(t) !== null && !/^\d+$/.test(t);
};

/** A classification code cell: 3, 5 or 7 digits (功能分类), or 2-digit 款/项 parts printed apart ("05"). */
export const isCode = (text: string): boolean => /^\d{2,7}$/.test(text.trim());

/** A note under a table: 注：…, 说明：…, 此表无数据, 空表列示 …. */
export const isNote = (text: string): boolean => /^(注|说明|备注)\s*\d*\s*[:：、]|此表无数据|空表列示|本表无数据|无相关收支/.test(squash(text));

/** A sentence of narrative rather than a cell: long, or punctuated as prose. */
export const isProse = (text: string): boolean => {
  const t = squash(text);
  // A wide table's row prints many figures on one line: long, but not a sentence.
  const figures = text.trim().split(/\s+/).filter(isFigure).length;
  return (t.length > 60 && figures < 3 && !isStatementHeader(t)) || /[。；]/.test(t) || (/，/.test(t) && t.length > 30);
};

/** A grid's row that prints a figure: a row of its table, however long the sentence in its text column (项目简介). */
export const isFiguredRow = (block: SourceBlock | undefined): boolean =>
  block?.kind === 'paragraph' && block.row === true && block.text.split('\t').some(isFigure);

/** A statement's header of several sides on one line ("项目预算数支出功能分类科目（按大类）预算数…"): long, not a sentence. */
export const STATEMENT_HEADER_WORD = /项目|预算数|金额|[\u4e00-\u9fa5]+?分类科目(?:（[^）]*）)?/g;
const isStatementHeader = (t: string): boolean =>
  /^(项目|科目)/.test(t) && /分类科目/.test(t) && t.replace(STATEMENT_HEADER_WORD, '') === '';
