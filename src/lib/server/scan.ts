import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { filesUnder } from './files-under';

/**
 * Checks a built site for text it must not carry, such as the sentences an excerpts-only build leaves
 * out. Every file is read, its `.gz` and `.br` copies decompressed (a host may send either), and
 * searched case-folded, with the escapes JSON and HTML put into text undone.
 */

/** A file's text as a reader of it would get it: decompressed, with JSON and HTML escapes undone. */
export function readableText(name: string, bytes: Buffer): string {
	const raw = name.endsWith('.gz')
		? gunzipSync(bytes)
		: name.endsWith('.br')
			? brotliDecompressSync(bytes)
			: bytes;
	return raw
		.toString('utf8')
		.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
		.replace(/\\(["\\/])/g, '$1')
		.replace(/&(quot|#39|#x27|apos|amp|lt|gt);/g, (_, e: string) =>
			e === 'quot' ? '"' : e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : "'"
		);
}

/**
 * Where each needle occurs under `dir`, as `file: needle` (paths relative to `dir`), in file order;
 * `only` limits the scan to the files whose path it matches.
 */
export function scanSite(
	dir: string,
	needles: readonly string[],
	only?: RegExp
): { files: number; hits: string[] } {
	const files = filesUnder(dir, { follow: true })
		.map((rel) => join(dir, rel))
		.filter((f) => !only || only.test(f));
	const hits: string[] = [];
	for (const path of files) {
		const text = readableText(path, readFileSync(path)).toLowerCase();
		for (const n of needles) if (text.includes(n.toLowerCase())) hits.push(`${relative(dir, path)}: ${n}`);
	}
	return { files: files.length, hits };
}
