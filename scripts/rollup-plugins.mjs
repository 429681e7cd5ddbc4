// Two small rollup plugins for the one-file bundle (rollup.config.mjs, scripts/size.mjs).
import { existsSync, readFileSync } from 'node:fs';
import MagicString from 'magic-string';

const ownModule = (id) => !id.includes('/node_modules/') && /\.js$/.test(id);

/**
 * Reads tsc's map beside each dist/ module, so the bundle's source map leads to the
 * TypeScript (tsconfig.build.json inlines the sources) rather than to tsc's output.
 */
export function tscSourceMaps() {
  return {
    name: 'tsc-source-maps',
    load(id) {
      if (!ownModule(id) || !existsSync(`${id}.map`)) return null;
      return { code: readFileSync(id, 'utf8'), map: readFileSync(`${id}.map`, 'utf8') };
    },
  };
}

/** Whitespace and comments outside quoted strings; only these are touched in CSS. */
const CSS_STRING = /('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")/;
/** Comments go first, in the same scan as strings, since a comment may hold a quote ("the table's"). */
const CSS_COMMENT_OR_STRING = /\/\*[\s\S]*?\*\/|('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")/g;

function minifyCss(text) {
  return text
    .replace(CSS_COMMENT_OR_STRING, (match, string) => string ?? '')
    .split(CSS_STRING)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            // No space is needed around these; a space before ':' can matter (`a :hover`), after it never does.
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/**
 * A static attribute value that HTML reads the same without its quotes: letters, digits, '-', '_'
 * and '.', followed in the same text by a space or the tag's end (never by a binding, which would
 * join the value, nor by '/', which an unquoted value takes in).
 */
const QUOTED_VALUE = /(\s[\w:-]+)="([\w.-]+)"(?=[\s>])/g;

/**
 * In markup, any run of whitespace renders as one space (there is no <pre> or white-space: pre
 * in our templates), so the indentation of html`` and svg`` templates becomes one space each;
 * and a simple attribute value needs no quotes (`class=num`, `lang=zh-CN`).
 */
const minifyMarkup = (text) => text.replace(/\s*\n\s*/g, ' ').replace(QUOTED_VALUE, '$1=$2');

const MINIFIERS = { css: minifyCss, html: minifyMarkup, svg: minifyMarkup };

/**
 * Minifies the static text of our Lit templates (css``, html``, svg``), which terser leaves
 * as written: indentation and comments are a tenth of the bundle before gzip. Only the text
 * between `${…}` is rewritten, so the bindings and what they render stay the same.
 */
export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!ownModule(id) || !/\b(?:css|html|svg) ?`/.test(code)) return null;
      const output = new MagicString(code);
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        const minify = node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' ? MINIFIERS[node.tag.name] : undefined;
        if (minify) {
          for (const quasi of node.quasi.quasis) {
            const text = code.slice(quasi.start, quasi.end);
            const minified = minify(text);
            if (minified === text) continue;
            if (minified) output.overwrite(quasi.start, quasi.end, minified);
            else output.remove(quasi.start, quasi.end);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: true }) } : null;
    },
  };
}
