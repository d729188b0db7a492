import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readableText, scanSite } from './scan';

describe('scanSite', () => {
	const dir = mkdtempSync(join(tmpdir(), 'scan-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	mkdirSync(join(dir, 'data'));
	writeFileSync(join(dir, 'index.html'), '<p>Nothing to see.</p>');
	writeFileSync(join(dir, 'data', 'a.json'), JSON.stringify({ body: 'He said "Quillory" \u2028 twice.' }));
	writeFileSync(join(dir, 'data', 'b.json.gz'), gzipSync('the ZEPHYRINE orchards'));
	writeFileSync(join(dir, 'data', 'c.html.br'), brotliCompressSync('&quot;Marmalune&quot; weather'));

	it('finds text in plain, gzip and brotli files, case folded and unescaped', () => {
		const { files, hits } = scanSite(dir, [
			'said "quillory"',
			'zephyrine orchards',
			'"marmalune" weather',
			'absent'
		]);
		expect(files).toBe(4);
		expect(hits).toEqual([
			'data/a.json: said "quillory"',
			'data/b.json.gz: zephyrine orchards',
			'data/c.html.br: "marmalune" weather'
		]);
	});

	it('scans only the files asked for', () => {
		expect(scanSite(dir, ['nothing'], /\.html(\.br)?$/)).toEqual({ files: 2, hits: ['index.html: nothing'] });
	});

	it('undoes JSON unicode escapes', () => {
		expect(readableText('x.json', Buffer.from('"caf\\u00e9 \\"q\\""'))).toBe('"café "q""');
	});
});
