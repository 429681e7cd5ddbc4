/**
 * Storybook for the elements: the same CSF3 files that test/stories/ renders with axe-core.
 * Nothing leaves the machine: telemetry and the "what's new" check are off, and the
 * framework (Vite) bundles everything it serves, fonts included.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  viteFinal: (config) => ({
    ...config,
    // The renderer imports lit/directive-helpers.js, which Vite's dev server would otherwise serve
    // beside its pre-bundled lit: a second copy of lit-html in the page.
    optimizeDeps: { ...config.optimizeDeps, include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
    // Storybook's own preview runtime is most of the one large chunk; its size is no concern here.
    build: { ...config.build, chunkSizeWarningLimit: 1500 },
  }),
};

export default config;
