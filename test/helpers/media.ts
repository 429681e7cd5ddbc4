import { executeServerCommand } from '@web/test-runner-commands';

export interface MediaFeatures {
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
  reducedMotion?: 'reduce' | 'no-preference';
}

/**
 * Emulates media features for the rest of the test file; call with {} to reset. Resolves to
 * false where the engine's automation protocol cannot emulate them: Firefox over WebDriver BiDi
 * (https://github.com/w3c/webdriver-bidi/issues/750, https://bugzilla.mozilla.org/show_bug.cgi?id=1549434)
 * and WebKit over classic WebDriver (https://github.com/w3c/webdriver/issues/1693).
 */
export function emulateFeatures({ colorScheme, forcedColors, reducedMotion }: MediaFeatures): Promise<boolean> {
  const features = [
    colorScheme && { name: 'prefers-color-scheme', value: colorScheme },
    forcedColors && { name: 'forced-colors', value: forcedColors },
    reducedMotion && { name: 'prefers-reduced-motion', value: reducedMotion },
  ].filter(Boolean);
  return executeServerCommand<boolean, unknown>('emulate-media-features', { features });
}
