/**
 * `budget-widgets render FILE --element TAG [options]`: the element's HTML with its content in
 * Declarative Shadow DOM, readable with no script at all. The element's own attributes
 * (`--variant`, `--sections`, `--heading-level` …) are options, each for the elements that have it.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { Option, type Command } from 'commander';
import { DISPLAY_UNITS } from '../../format/amount.js';
import { ELEMENT_TAGS, type ElementTag } from '../../ssr/tags.js';
import { loadValidDocument, writeWhole } from '../files.js';
import { EXIT, type Streams } from '../streams.js';

/** Each element attribute, with the elements that have it (read from the element classes). */
async function attributeOptions(): Promise<Map<string, ElementTag[]>> {
  const { elementOptions } = await import('../../ssr/elements.js');
  const options = new Map<string, ElementTag[]>();
  for (const tag of ELEMENT_TAGS) for (const name of elementOptions(tag)) options.set(name, [...(options.get(name) ?? []), tag]);
  return options;
}

interface RenderOptions {
  element: ElementTag;
  lang: 'zh-CN' | 'en';
  unit?: string;
  theme?: 'light' | 'dark';
  output?: string;
  flat?: boolean;
  css?: string;
  /** `--no-json` sets it false: no inline document, so no hydration (the smallest HTML for a page without the script). */
  json: boolean;
}

/** A path as a relative URL from the folder of `from` (the output, or the working folder for stdout). */
const relativeHref = (from: string | undefined, to: string) => relative(from ? dirname(resolve(from)) : process.cwd(), resolve(to)).split(sep).map(encodeURIComponent).join('/');

/**
 * The flat render with its stylesheet: inlined in a <style> at the top of the fragment by default
 * (one paste carries everything, and an editor that strips it still leaves readable tables), or
 * written to `--css FILE` and linked, for pages whose policy forbids inline styles.
 */
async function flatMarkup(ssr: string, options: RenderOptions): Promise<{ ok: true; markup: string } | { ok: false; exit: number; message: string }> {
  const { flatten } = await import('../../ssr/flatten.js');
  const { FLAT_STYLE } = await import('../../ssr/flat-style.js');
  const body = flatten(ssr);
  if (!options.css) return { ok: true, markup: `<style>\n${FLAT_STYLE}</style>\n${body}` };
  const written = await writeWhole(options.css, FLAT_STYLE);
  if (!written.ok) return written;
  return { ok: true, markup: `<link rel="stylesheet" href="${relativeHref(options.output, options.css)}">\n${body}` };
}

async function renderFile(file: string, options: RenderOptions, attributes: Record<string, string>, { stdout, stderr }: Streams): Promise<number> {
  const loaded = await loadValidDocument(file, stderr);
  if (!loaded.ok) return loaded.exit;
  // Loaded only here: the other commands need neither the SSR renderer nor its DOM shim.
  const { renderElement } = await import('../../ssr/render.js');
  const all = { ...attributes, ...(options.unit ? { unit: options.unit } : {}), ...(options.theme ? { theme: options.theme } : {}) };
  // The inline document lets the hydrating bundle take the element over; a flat render has nothing to hydrate.
  const ssr = renderElement(loaded.document, { tag: options.element, lang: options.lang, attributes: all, inlineDocument: options.json && !options.flat });
  let markup = `${ssr}\n`;
  if (options.flat) {
    const flat = await flatMarkup(ssr, options);
    if (!flat.ok) {
      stderr.write(`✗ ${flat.message}\n`);
      return flat.exit;
    }
    markup = `${flat.markup}\n`;
  }
  if (!options.output) {
    stdout.write(markup);
    return EXIT.ok;
  }
  const written = await writeWhole(options.output, markup);
  if (!written.ok) stderr.write(`✗ ${written.message}\n`);
  return written.ok ? EXIT.ok : written.exit;
}

export function register(program: Command, streams: Streams, done: (exit: number) => void): void {
  let attributes = new Map<string, ElementTag[]>();
  const command = program
    .command('render')
    .description('生成无需脚本即可阅读的 HTML（声明式 Shadow DOM） / render HTML readable without scripts (Declarative Shadow DOM)')
    .argument('<FILE>', 'a normalised budget JSON document')
    .addOption(new Option('--element <TAG>', '元素 / element').choices(ELEMENT_TAGS).makeOptionMandatory())
    .addOption(new Option('--lang <LANG>', '语言 / language').choices(['zh-CN', 'en']).default('zh-CN'))
    .addOption(new Option('--unit <UNIT>', '金额单位（默认万元） / amount unit (default 万元)').choices(DISPLAY_UNITS))
    .addOption(new Option('--theme <THEME>', '主题（默认跟随系统） / theme (default: the reader’s setting)').choices(['light', 'dark']))
    .option('-o, --output <FILE>', '写入文件（默认标准输出） / write to a file (default: standard output)')
    .option('--no-json', '不内嵌文档 JSON（页面加载脚本后无法水合） / leave out the inline document JSON (the element then cannot hydrate)')
    .option('--flat', '无模板、无脚本的普通 HTML（供富文本编辑器粘贴） / plain light-DOM HTML for rich-text editors (no templates, no scripts)')
    .option('--css <FILE>', '与 --flat 一起：样式表写入此文件并链接（默认内联） / with --flat: write the stylesheet to FILE and link it (default: inline)');
  // The element options need the element classes (Lit and all six elements, about 130 ms to load):
  // they are added only when `render` itself runs or shows its help, never at every command's start-up.
  program.hook('preSubcommand', async (_root, subcommand) => {
    if (subcommand !== command || attributes.size > 0) return;
    attributes = await attributeOptions();
    for (const [name, tags] of attributes) command.option(`--${name} <VALUE>`, `${tags.map((tag) => `<${tag}>`).join(' ')}`);
  });
  command.action(async (file: string, options: RenderOptions, self: Command) => {
    if (options.css !== undefined && !options.flat) {
      streams.stderr.write('✗ 选项 --css 需要 --flat / option --css needs --flat\n');
      return done(EXIT.usage);
    }
    const given: Record<string, string> = {};
    for (const [name, tags] of attributes) {
      const key = new Option(`--${name}`).attributeName();
      const value = self.getOptionValue(key) as string | undefined;
      if (value === undefined) continue;
      if (!tags.includes(options.element)) {
        streams.stderr.write(`✗ 选项 --${name} 不适用于 <${options.element}> / option --${name} does not apply to <${options.element}>\n`);
        return done(EXIT.usage);
      }
      given[name] = value;
    }
    done(await renderFile(file, options, given, streams));
  });
}
