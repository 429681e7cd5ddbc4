import { executeServerCommand } from '@web/test-runner-commands';
import { until } from './settled.js';

export interface MediaFeatures {
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
}

/**
 * Puts the page under these media features for the rest of the test file ({} restores light and no
 * forced colours) and waits until they match: emulated in Chromium and Firefox, WebKit's real dark
 * theme (see emulateMedia in scripts/engines.mjs). Resolves to the queries the engine cannot match.
 */
export async function emulateFeatures({ colorScheme = 'light', forcedColors = 'none' }: MediaFeatures): Promise<string[]> {
  const unmatched = await executeServerCommand<string[], MediaFeatures>('emulate-media-features', { colorScheme, forcedColors });
  const wanted = [`(prefers-color-scheme: ${colorScheme})`, `(forced-colors: ${forcedColors})`].filter((query) => !unmatched.includes(query));
  // WebKit's theme switch reaches the page asynchronously.
  await until(() => wanted.every((query) => matchMedia(query).matches));
  return unmatched;
}

/**
 * Renders an element under media features. Where the engine cannot match a query at all (only
 * forced-colors in WebKit: WebKitGTK has no forced colours mode, and WebDriver no emulation,
 * https://github.com/w3c/webdriver/issues/1693), the rules under it in the element's stylesheets are
 * promoted instead, into a sheet that applies unconditionally right after their own. That checks our
 * CSS for the mode, not the engine's forced palette; an element without such rules fails.
 */
export async function renderUnder<T extends Element>(features: MediaFeatures, render: () => Promise<T>): Promise<T> {
  const unmatched = await emulateFeatures(features);
  const el = await render();
  if (!unmatched.length) return el;
  const root = el.shadowRoot!;
  let promoted = 0;
  root.adoptedStyleSheets = root.adoptedStyleSheets.flatMap((sheet) => {
    const rules = [...sheet.cssRules]
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && unmatched.includes(rule.media.mediaText))
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
    if (!rules.length) return [sheet];
    promoted += rules.length;
    const unconditional = new CSSStyleSheet();
    unconditional.replaceSync(rules.join('\n'));
    return [sheet, unconditional];
  });
  if (!promoted) throw new Error(`${el.localName} has no rules under ${unmatched.join(', ')}`);
  return el;
}
