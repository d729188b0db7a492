import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';
import layers from './eslint/layers.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte'],
		rules: {
			// TypeScript checks names itself, and knows ambient types such as GeoJSON that this rule does not.
			'no-undef': 'off'
		}
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte', 'tools/**/*.ts'],
		plugins: { layers },
		rules: { 'layers/direction': 'error' }
	},
	{
		files: ['src/lib/**/*.ts'],
		ignores: ['src/lib/**/*.test.ts'],
		rules: {
			// The library's text passes run over every sentence of the corpus, where matchAll's copy of
			// its expression at each call cost more than the matching (docs/scaling.md): execAll instead.
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.property.name='matchAll']",
					message: 'Use execAll from src/lib/core/regex.ts: matchAll copies its expression at every call.'
				}
			]
		}
	},
	{
		rules: {
			'svelte/no-at-html-tags': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		ignores: [
			'build/',
			'build-*/',
			'build.nginx/',
			'build.state/',
			'.sites/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'node_modules/',
			'static/',
			'test-results/',
			'playwright-report/'
		]
	}
);
