/** What every story gets: the language and theme switches in the toolbar. */
import type { Preview } from '@storybook/web-components-vite';
import { globalTypes, withLocaleAndTheme } from '../stories/render.js';

const preview: Preview = {
  globalTypes,
  decorators: [withLocaleAndTheme],
  parameters: {
    layout: 'padded',
    controls: { exclude: ['data', 'inline'] },
  },
};

export default preview;
