import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendJsonItems, jsonItems, lastJsonItem } from './json-items';

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

	it("finds the last item from the file's end, whatever the window, as the scan from the start does", () => {
		const path = join(dir, 'last.json');
		const items = [
			{ id: 'a', label: 'a } ] { [ "quoted" \\ back' },
			{ id: 'b', text: 'ends with a backslash \\', more: ['\\"', '{"x":[1]}'] },
			{ id: 'é—ü', nested: { deep: [[1, 2], { k: '}' }] }, tail: '\\\\"{' }
		];
		for (let n = 0; n <= items.length; n++) {
			const some = items.slice(0, n).map((i) => JSON.stringify(i));
			writeFileSync(path, `{"events":[${some.join(',')}]}`);
			const expected = [...jsonItems(path, '{"events":[')].at(-1);
			for (const window of [1, 2, 5, 13, 40, 1 << 16])
				expect(lastJsonItem(path, '{"events":[', window), `${n} items, window ${window}`).toBe(expected);
		}
		writeFileSync(path, '{"events":[ {"id":1} ,\n {"id":2}\n]}\n');
		expect(lastJsonItem(path, '{"events":[', 3)).toBe('{"id":2}');
		writeFileSync(path, '{"events":[{"id":1}');
		expect(() => lastJsonItem(path, '{"events":[')).toThrow(/closing brackets/);
	});

	it('appends items before the closing brackets, as writing the longer array whole gives', () => {
		const path = join(dir, 'append.json');
		const items = [{ id: 'a', label: 'ends ]}' }, [1, [2]], { id: 'é', text: '\\"{' }];
		const whole = (some: unknown[]) => `{"events":[${some.map((i) => JSON.stringify(i)).join(',')}]}`;
		for (let n = 0; n <= items.length; n++)
			for (const window of [3, 8, 4096]) {
				writeFileSync(path, whole(items.slice(0, n)));
				const more = items.slice(n).map((i) => JSON.stringify(i));
				appendJsonItems(path, '{"events":[', more, window);
				expect(readFileSync(path, 'utf8'), `${n} items, window ${window}`).toBe(whole(items));
			}
		// Space the build does not write is dropped, an empty list changes nothing.
		writeFileSync(path, '{"type":"FeatureCollection","features":[ {"id":1} \n] }\n');
		appendJsonItems(path, '{"type":"FeatureCollection","features":[', ['{"id":2}']);
		expect(readFileSync(path, 'utf8')).toBe('{"type":"FeatureCollection","features":[ {"id":1},{"id":2}]}');
		appendJsonItems(path, '{"type":"FeatureCollection","features":[', []);
		expect(readFileSync(path, 'utf8')).toBe('{"type":"FeatureCollection","features":[ {"id":1},{"id":2}]}');
		writeFileSync(path, '{"events":[{"id":1}');
		expect(() => appendJsonItems(path, '{"events":[', ['{"id":2}'])).toThrow(/does not end with \]\}/);
	});
});
