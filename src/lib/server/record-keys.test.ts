import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Place } from '../places/schema';
import { recordPlaces } from '../data/records';
import { codeHash, contextHash, recordKey } from './record-keys';

const ARTICLE = { id: '2020-02-07-a', published: '2020-02-07', body: 'Troops entered Saraqeb.' };
const PLACE: Place = {
	id: 'saraqeb',
	file: 'places.geojson',
	name: 'Saraqeb',
	aliases: ['Saraqeb'],
	kind: 'town',
	precision: 'exact',
	sources: ['a test'],
	geometry: { type: 'Point', coordinates: [36.8, 35.86] }
};

describe('recordKey', () => {
	it('changes with each field the per-article stage reads, and with nothing else', () => {
		const key = recordKey(ARTICLE);
		expect(key).toMatch(/^[0-9a-f]{64}$/);
		expect(recordKey({ ...ARTICLE })).toBe(key);
		expect(recordKey({ ...ARTICLE, title: 'Another' } as typeof ARTICLE)).toBe(key);
		expect(recordKey({ ...ARTICLE, id: '2020-02-07-b' })).not.toBe(key);
		expect(recordKey({ ...ARTICLE, published: '2020-02-08' })).not.toBe(key);
		expect(recordKey({ ...ARTICLE, body: 'Troops entered Saraqeb!' })).not.toBe(key);
	});

	it('keeps its fields apart: moving text from one field to the next gives another key', () => {
		expect(recordKey({ id: 'ab', published: 'c', body: 'd' })).not.toBe(
			recordKey({ id: 'a', published: 'bc', body: 'd' })
		);
	});
});

describe('codeHash and contextHash', () => {
	it('hash the code that computes a record, the same twice, and nothing without its sources', () => {
		const code = codeHash();
		expect(code).toMatch(/^[0-9a-f]{64}$/);
		expect(codeHash()).toBe(code);
		expect(codeHash('/nonexistent')).toBeUndefined();
	});

	it('follow relative and $lib/ imports and package versions, and skip type-only imports', () => {
		const root = mkdtempSync(join(tmpdir(), 'code-hash-'));
		try {
			const write = (path: string, text: string) => {
				mkdirSync(join(root, path, '..'), { recursive: true });
				writeFileSync(join(root, path), text);
			};
			write(
				'src/lib/data/records.ts',
				"import { a } from './a';\nimport { b } from '$lib/core/b';\nimport type { T } from './types';\nimport x from 'pkg/sub';\n"
			);
			write('src/lib/data/a.ts', 'export const a = 1;\n');
			write('src/lib/core/b.ts', 'export const b = 1;\n');
			write('src/lib/data/types.ts', 'export type T = 1;\n');
			write('node_modules/pkg/package.json', '{ "version": "1.0.0" }');
			const hash = codeHash(root);
			write('src/lib/data/types.ts', 'export type T = 2;\n');
			expect(codeHash(root)).toBe(hash);
			write('src/lib/core/b.ts', 'export const b = 2;\n');
			const changedB = codeHash(root);
			expect(changedB).not.toBe(hash);
			write('src/lib/data/a.ts', 'export const a = 2;\n');
			expect(codeHash(root)).not.toBe(changedB);
			const changedA = codeHash(root);
			write('node_modules/pkg/package.json', '{ "version": "1.0.1" }');
			expect(codeHash(root)).not.toBe(changedA);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it('change with what the stage reads of the places, and with nothing else', () => {
		const hash = (p: Place, code = 'code') => contextHash(code, recordPlaces([p]));
		const context = hash(PLACE);
		expect(hash({ ...PLACE })).toBe(context);
		expect(hash({ ...PLACE, aliases: ['Saraqeb', 'Saraqib'] })).not.toBe(context);
		expect(hash({ ...PLACE, name: 'Saraqib' })).not.toBe(context);
		expect(hash({ ...PLACE, kind: 'city' })).not.toBe(context);
		expect(hash({ ...PLACE, seatOf: 'idlib-governorate' })).not.toBe(context);
		expect(hash(PLACE, 'other code')).not.toBe(context);
		expect(hash({ ...PLACE, file: 'elsewhere/places.geojson' })).toBe(context);
		// A point and an outline are read (the distance from an unknown village to the article's places).
		expect(hash({ ...PLACE, geometry: { type: 'Point', coordinates: [36.81, 35.86] } })).not.toBe(context);
		const outline = {
			type: 'Polygon' as const,
			coordinates: [
				[
					[36, 35],
					[37, 35],
					[37, 36],
					[36, 35]
				]
			]
		};
		expect(hash({ ...PLACE, geometry: outline })).not.toBe(
			hash({
				...PLACE,
				geometry: {
					...outline,
					coordinates: [
						[
							[36, 35],
							[37, 35],
							[36.5, 36],
							[36, 35]
						]
					]
				}
			})
		);
		expect(hash({ ...PLACE, population: 100 })).not.toBe(context);
	});
});
