import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatRows, measureSettings, SETTINGS } from './compression';

const text = Buffer.from(
	JSON.stringify(
		Array.from({ length: 400 }, (_, i) => ({
			id: `article-${i}`,
			place: ['saraqib', 'idlib', 'ariha'][i % 3]
		}))
	)
);
const tiny = Buffer.from('{}');

describe('measureSettings', () => {
	const rows = measureSettings(new Map([['corpus', [text, tiny]]]));

	it('compresses every file with every setting and serves the file itself where no copy is smaller', () => {
		expect(rows.map((r) => r.setting)).toEqual(SETTINGS.map((s) => s.name));
		for (const row of rows) {
			expect(row).toMatchObject({ group: 'corpus', files: 2, bytes: text.length + tiny.length });
			expect(row.served).toBeLessThan(row.bytes);
			expect(row.cpuSeconds).toBeGreaterThanOrEqual(0);
		}
		const gzip9 = rows.find((r) => r.setting === 'gzip 9')!;
		expect(gzip9.served).toBe(gzipSync(text, { level: 9 }).length + tiny.length);
	});

	it('finds brotli at quality 11 no larger than at 4', () => {
		const served = (name: string) => rows.find((r) => r.setting === name)!.served;
		expect(served('brotli 11')).toBeLessThanOrEqual(served('brotli 4'));
	});

	it('prints each setting against the best of its compressor', () => {
		const table = formatRows(rows).split('\n');
		expect(table).toHaveLength(2 + SETTINGS.length);
		expect(table.find((l) => l.includes('| gzip 9 |'))).toContain('| — |');
		expect(table.find((l) => l.includes('| brotli 5 |'))).toMatch(/\| \+\d+\.\d%/);
	});
});
