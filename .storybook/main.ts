import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown, so the docs pages' tables render as tables.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The network is closed here, and a library for people who may be watched
  // should not phone home from its own docs either.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [{ from: '../packages/widgets/cdn', to: '/cdn' }],
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // Stories import the packages' TypeScript sources directly, for live reload.
      resolve: { conditions: ['sa-source', 'module', 'browser', 'development|production'] },
    });
  },
};

export default config;
