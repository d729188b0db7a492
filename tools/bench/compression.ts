/**
 * `npx tsx tools/bench/compression.ts SITE_DIR`: what each gzip level and brotli quality costs and
 * saves on a built site's own files, to choose the build's settings from figures (see
 * src/lib/server/compress.ts and the README's "Compressed copies").
 *
 * Every file the build would precompress is compressed once per setting, one at a time in this thread,
 * so the CPU seconds of a setting are its whole cost on one core (the build spreads the same work over
 * zlib's thread pool). The files are grouped as the build groups them: the shell, whose files do not
 * grow with the corpus, and the corpus's own files (`data/` and the pages per place and per article).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { compressibleFiles, corpusFile } from '../../src/lib/server/compress';

/** One compressor at one setting. */
export interface Setting {
	name: string;
	compress: (data: Buffer) => Buffer;
}

const brotli =
	(quality: number): Setting['compress'] =>
	(data) =>
		brotliCompressSync(data, {
			params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length }
		});

/** The settings compared: the build's old ones (gzip 9, brotli 11) and the faster ones below them. */
export const SETTINGS: Setting[] = [
	{ name: 'gzip 9', compress: (d) => gzipSync(d, { level: 9 }) },
	{ name: 'gzip 6', compress: (d) => gzipSync(d, { level: 6 }) },
	...[11, 9, 6, 5, 4].map((q) => ({ name: `brotli ${q}`, compress: brotli(q) }))
];

/** What one setting did to one group of files. */
export interface Row {
	group: string;
	setting: string;
	files: number;
	bytes: number;
	/** Bytes served: each file's copy, or the file itself where the copy is not smaller (as the build keeps it). */
	served: number;
	cpuSeconds: number;
}

/** CPU seconds (user and system) of this process since `since`. */
function cpuSince(since: NodeJS.CpuUsage): number {
	const used = process.cpuUsage(since);
	return (used.user + used.system) / 1e6;
}

/** Compresses every file of each group with every setting and sums the bytes and CPU time. */
export function measureSettings(
	groups: ReadonlyMap<string, readonly Buffer[]>,
	settings: readonly Setting[] = SETTINGS,
	onRow: (row: Row) => void = () => {}
): Row[] {
	const rows: Row[] = [];
	for (const [group, files] of groups) {
		const bytes = files.reduce((n, f) => n + f.length, 0);
		for (const setting of settings) {
			const start = process.cpuUsage();
			let served = 0;
			for (const data of files) served += Math.min(setting.compress(data).length, data.length);
			const row = {
				group,
				setting: setting.name,
				files: files.length,
				bytes,
				served,
				cpuSeconds: cpuSince(start)
			};
			rows.push(row);
			onRow(row);
		}
	}
	return rows;
}

/** The rows as a Markdown table: served bytes beside the first setting's of the same compressor. */
export function formatRows(rows: readonly Row[]): string {
	const lines = [
		'| files | setting | original MB | served MB | vs level 9 / quality 11 | CPU s | MB/s |',
		'|---|---|---:|---:|---:|---:|---:|'
	];
	for (const row of rows) {
		const base = rows.find(
			(r) => r.group === row.group && r.setting === (row.setting.startsWith('gzip') ? 'gzip 9' : 'brotli 11')
		);
		const vs = base ? `${(((row.served - base.served) / base.served) * 100).toFixed(1)}%` : '';
		lines.push(
			`| ${row.group} (${row.files}) | ${row.setting} | ${(row.bytes / 1e6).toFixed(2)} | ${(row.served / 1e6).toFixed(2)} | ` +
				`${row.served === base?.served ? '—' : `+${vs}`.replace('+-', '−')} | ${row.cpuSeconds.toFixed(1)} | ` +
				`${(row.bytes / 1e6 / Math.max(row.cpuSeconds, 1e-3)).toFixed(1)} |`
		);
	}
	return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[2];
	if (!dir) {
		console.error('usage: npx tsx tools/bench/compression.ts SITE_DIR');
		process.exit(2);
	}
	const groups = new Map<string, Buffer[]>([
		['shell', []],
		['corpus', []]
	]);
	for (const file of compressibleFiles(dir))
		groups.get(corpusFile(relative(dir, file)) ? 'corpus' : 'shell')!.push(readFileSync(file));
	const rows = measureSettings(groups, SETTINGS, (row) =>
		console.error(`${row.group} ${row.setting}: ${row.served} bytes, ${row.cpuSeconds.toFixed(1)} s CPU`)
	);
	console.log(formatRows(rows));
}
