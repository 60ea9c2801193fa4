import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/generated/**',
      'packages/widgets/cdn/**',
      // The plugin's copy of the CDN build (npm run build:wordpress).
      'packages/wordpress/sa-widgets/cdn/**',
      'storybook-static/**',
      'coverage/**',
      '.size/**',
      '**/*.d.ts',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['packages/*/src/**/*.ts'],
    plugins: { lit, wc },
    rules: {
      ...lit.configs['flat/recommended'].rules,
      ...wc.configs['flat/recommended'].rules,
      ...wc.configs['flat/best-practice']?.rules,
      // Elements are registered through defineElement, which never throws.
      'wc/guard-define-call': 'off',
      'wc/tag-name-matches-class': 'off',
      'lit/no-invalid-html': 'error',
      'lit/no-legacy-template-syntax': 'error',
      // Nothing may be rendered as HTML: all text goes through bindings.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Never render data as HTML.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Never render data as SVG.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'packages/*/test/**/*.ts', 'tests/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // chai assertions such as expect(x).to.exist are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        window: 'readonly',
        document: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        sessionStorage: 'readonly',
        location: 'readonly',
        navigator: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
);
