// The two measures of an import's outline, shared by the seed scorer (agreement.js) and the fixtures' scorer
// (formats-agreement.test.mjs): where each row sits in its table (its parent as `parents()` gives it, and a
// statement's row keys), and the consistency warnings that outline leads to. Labels, codes and cells can all agree
// while a row sits under the wrong one: the consistency check then adds it into the wrong sum and reports a
// difference the document does not have.
import { parents } from '../../dist/data/outline.js';
import { consistencyWarnings } from '../../dist/data/consistency.js';

const squash = (text) => String(text ?? '').replace(/[\s\u3000]+/g, '');

/** A row as a reader finds it: its code and name; "top" for the place above every row. */
const labelOf = (row) => (row ? [row.code, squash(row.name)].filter(Boolean).join(' ') : 'top');

/**
 * Counts, for every published row of a table, whether the imported row paired with it (`matches[i]`, as the label
 * measure pairs them) sits under the imported row paired with its published parent, or at the top when the
 * published row does; and, for rows with a key in the document, whether the imported row has that key. Parents are
 * compared through the pairing rather than by raw level or code: the documents give the same place level 0 in one
 * bureau and 1 in another, a unit row of a fixture prints no unit code, and a parent whose code the source does not
 * print is still the same row. A row whose published parent was not found cannot agree.
 */
export function countOutline(name, want, got, matches, count) {
  const published = parents(want.rows);
  const imported = got ? parents(got.rows) : [];
  want.rows.forEach((row, i) => {
    const match = matches[i];
    const parent = published[i] >= 0 ? want.rows[published[i]] : undefined;
    const at = match ? imported[got.rows.indexOf(match)] : -1;
    const found = at >= 0 ? got.rows[at] : undefined;
    const expected = parent ? matches[published[i]] : undefined;
    const agrees = match !== undefined && (parent ? expected !== undefined && found === expected : found === undefined);
    count('outline', agrees, match && `outline: ${name}: ${labelOf(row)}: under ${labelOf(parent)}, imported under ${labelOf(found)}`);
    if (row.key) count('keys', match?.key === row.key, match && `key: ${name}: ${labelOf(row)}: ${match.key ?? 'none'} ≠ ${row.key}`);
  });
}

/** A warning as printed: its code and zh-CN message. */
const warningOf = (warning) => `${warning.code} ${warning.message['zh-CN']}`;

/**
 * A warning as compared: spaces aside (合 计 is 合计), and without the unit code the document's label puts before a
 * unit row's name (“201001 某局”): the generated fixtures print a unit's name without its code, and the codes are
 * measured apart, so a warning on the right unit row about the right figures agrees.
 */
function comparable(expected) {
  const unitCodes = expected.tables.flatMap((table) => table.rows).flatMap((row) => (row.code === undefined && row.unit ? [row.unit] : []));
  return (warning) => squash(unitCodes.reduce((text, unit) => text.replaceAll(`“${unit} `, '“'), warning));
}

/**
 * The consistency warnings of the import against the document's, paired by code and message: `warnings` counts the
 * document's warnings the import reports too, `extraWarnings` those only the import reports (each a sum the import's
 * outline or figures make differ where the document's do not; like a misplaced figure, they may only fall).
 */
export function countWarnings(expected, doc, score) {
  const key = comparable(expected);
  const left = (doc ? consistencyWarnings(doc) : []).map(warningOf);
  score.warnings = [0, 0];
  for (const warning of consistencyWarnings(expected).map(warningOf)) {
    const i = left.findIndex((w) => key(w) === key(warning));
    score.warnings[1] += 1;
    if (i >= 0) {
      score.warnings[0] += 1;
      left.splice(i, 1);
    } else score.differences.push(`warning missing: ${warning}`);
  }
  score.extraWarnings = left.length;
  score.differences.push(...left.map((w) => `warning extra: ${w}`));
}
