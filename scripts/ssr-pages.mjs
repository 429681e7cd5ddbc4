/**
 * Dev-server middleware: `/ssr/<bureau>/<tag>.html?lang=en&unit=元&theme=dark` is a page holding
 * the server render of one element (dist/ssr, so build first) on one of demo/data's bureaus,
 * served with `Content-Security-Policy: script-src 'none'`: what a reader gets with no script.
 * `?flat` serves `render --flat` instead: light DOM, inline flat stylesheet.
 */
import { readFile } from 'node:fs/promises';

const DATA = new URL('../demo/data/', import.meta.url);

export async function ssrPages(context, next) {
  const match = /^\/ssr\/([a-z0-9-]+)\/([a-z-]+)\.html$/.exec(context.path);
  if (!match) return next();
  const [, bureau, tag] = match;
  const { renderElement } = await import('../dist/ssr/render.js');
  const { isElementTag } = await import('../dist/ssr/elements.js');
  const { validateText } = await import('../dist/data/validate.js');
  const text = await readFile(new URL(`${bureau}.json`, DATA), 'utf8').catch(() => undefined);
  const result = text === undefined ? undefined : validateText(text);
  if (!result?.ok || !isElementTag(tag)) {
    context.status = 404;
    return;
  }
  const lang = context.query.lang === 'en' ? 'en' : 'zh-CN';
  const attributes = Object.fromEntries(['unit', 'theme'].filter((name) => context.query[name]).map((name) => [name, String(context.query[name])]));
  const ssr = await renderElement(result.document, { tag, lang, attributes });
  const { flatten } = await import('../dist/ssr/flatten.js');
  const { FLAT_STYLE } = await import('../dist/ssr/flat-style.js');
  const body = 'flat' in context.query ? `<style>${FLAT_STYLE}</style>\n${flatten(ssr)}` : ssr;
  context.set('Content-Security-Policy', "script-src 'none'");
  context.type = 'html';
  context.body = `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${tag} · ${bureau}</title></head>
<body><main>
${body}
</main></body>
</html>
`;
}
