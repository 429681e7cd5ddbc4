import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'storybook-static/', 'demo/site/'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Function']", message: 'new Function breaks strict CSP.' },
        { selector: "CallExpression[callee.name='eval']", message: 'eval breaks strict CSP.' },
      ],
    },
  },
  {
    // Data never becomes markup: Lit escapes every binding, and these are the ways around it.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['lit/directives/unsafe-html.js', 'lit/directives/unsafe-svg.js'].map((name) => ({ name, message: 'Data must never become markup.' })) },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Function']", message: 'new Function breaks strict CSP.' },
        { selector: "CallExpression[callee.name='eval']", message: 'eval breaks strict CSP.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Data must never become markup.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Data must never become markup.' },
      ],
    },
  },
);
