import { executeServerCommand } from '@web/test-runner-commands';

export interface MediaFeatures {
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
  reducedMotion?: 'reduce' | 'no-preference';
}

/** Emulates media features for the rest of the test file; call with {} to reset. */
export function emulateFeatures({ colorScheme, forcedColors, reducedMotion }: MediaFeatures): Promise<unknown> {
  const features = [
    colorScheme && { name: 'prefers-color-scheme', value: colorScheme },
    forcedColors && { name: 'forced-colors', value: forcedColors },
    reducedMotion && { name: 'prefers-reduced-motion', value: reducedMotion },
  ].filter(Boolean);
  return executeServerCommand('emulate-media-features', { features });
}
