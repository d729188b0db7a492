import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonItems } from './json-items';

const dir = mkdtempSync(join(tmpdir(), 'json-items-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jsonItems', () => {
	it('gives each item as written, across chunks, brackets and quotes inside strings', () => {
		const items = [
			{ id: 'a', label: 'a } ] { [ "quoted" \\ back', places: ['x', 'y'] },
			{ id: 'é—ü', nested: { deep: [[1, 2], { k: '}' }] } },
			[1, [2, 3]],
			{ id: 'z', text: 'x'.repeat(50) }
		];
		const path = join(dir, 'events.json');
		writeFileSync(path, `{"events":[${items.map((i) => JSON.stringify(i)).join(',')}]}`);
		for (const chunk of [1, 3, 7, 64, 1 << 20])
			expect([...jsonItems(path, '{"events":[', chunk)], `chunk ${chunk}`).toEqual(
				items.map((i) => JSON.stringify(i))
			);
		writeFileSync(path, '{"events":[]}');
		expect([...jsonItems(path, '{"events":[')]).toEqual([]);
	});

	it('refuses a file of another start or cut short', () => {
		const path = join(dir, 'other.json');
		writeFileSync(path, '{"features":[{"id":1}]}');
		expect(() => [...jsonItems(path, '{"events":[')]).toThrow(/does not start with/);
		writeFileSync(path, '{"events":[{"id":1},{"id":');
		expect(() => [...jsonItems(path, '{"events":[')]).toThrow(/ends inside its array/);
	});
});
