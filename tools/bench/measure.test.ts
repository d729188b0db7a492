import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fileSizes } from './measure';

describe('fileSizes', () => {
	it('counts each file’s UTF-8 bytes and gzips each alone, as a host serves them', () => {
		const files = ['{"name":"Sarāqib"}', 'x'.repeat(5000), 'ب'];
		const sizes = fileSizes(files);
		expect(sizes.files).toBe(3);
		expect(sizes.bytes).toBe(files.reduce((n, f) => n + Buffer.byteLength(f), 0));
		expect(sizes.gzBytes).toBe(files.reduce((n, f) => n + gzipSync(Buffer.from(f), { level: 9 }).length, 0));
		// Two copies of a text cost twice: separate files share no dictionary.
		expect(fileSizes([files[1]!, files[1]!]).gzBytes).toBe(2 * fileSizes([files[1]!]).gzBytes);
		expect(fileSizes([])).toEqual({ files: 0, bytes: 0, gzBytes: 0 });
	});
});
