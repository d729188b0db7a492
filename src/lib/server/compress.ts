import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Precompressed copies of the site's text files, written beside them as `<file>.gz` and `<file>.br`:
 * nginx's `gzip_static` (and the brotli module's `brotli_static`, where installed) sends them as they
 * are, at the best compression level, with no work per request. A stock nginx compresses nothing but
 * HTML on its own; uncompressed, the default corpus's first screen moves 1.73 MB instead of 0.49 MB.
 */

/** Files worth compressing: text and uncompressed binary formats (fonts and images already are). */
export const COMPRESSIBLE = /\.(html|js|mjs|css|csv|json|geojson|svg|webmanifest|txt|xml|wasm|pbf|map)$/;

/** Below this size a compressed copy saves less than the headers it adds. */
export const MIN_BYTES = 256;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Every file under `dir`, as full paths, sorted. */
function files(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? files(path) : [path];
		});
}

/**
 * Files from this size on are brotli-compressed at quality 9 instead of 11: 11 is about 10% smaller
 * again but some seven times slower, which for the large search index of a big corpus (25 MB at
 * 10,000 articles) would add minutes to the build.
 */
export const BROTLI_FAST_FROM = 1_000_000;

/** The two compressed forms of `data`. Node writes no time stamp into the gzip header: same input, same bytes. */
export async function compressed(data: Buffer): Promise<{ gz: Buffer; br: Buffer }> {
	const quality = data.length < BROTLI_FAST_FROM ? constants.BROTLI_MAX_QUALITY : 9;
	const [gz, br] = await Promise.all([
		gzipAsync(data, { level: 9 }),
		brotliAsync(data, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: quality,
				[constants.BROTLI_PARAM_SIZE_HINT]: data.length
			}
		})
	]);
	return { gz, br };
}

/**
 * Writes the `.gz` and `.br` copies of every compressible file under `dir` that are smaller than the
 * file, and returns how many copies were written and the bytes of the originals and of their gzip
 * copies. Runs a few files at a time on zlib's thread pool.
 */
export async function precompress(dir: string): Promise<{ copies: number; bytes: number; gzBytes: number }> {
	const todo = files(dir).filter((f) => COMPRESSIBLE.test(f) && statSync(f).size >= MIN_BYTES);
	const result = { copies: 0, bytes: 0, gzBytes: 0 };
	const next = async (): Promise<void> => {
		for (let file = todo.shift(); file !== undefined; file = todo.shift()) {
			const data = readFileSync(file);
			const { gz, br } = await compressed(data);
			result.bytes += data.length;
			result.gzBytes += Math.min(gz.length, data.length);
			if (gz.length < data.length) {
				writeFileSync(`${file}.gz`, gz);
				result.copies++;
			}
			if (br.length < data.length) {
				writeFileSync(`${file}.br`, br);
				result.copies++;
			}
		}
	};
	await Promise.all([next(), next(), next(), next()]);
	return result;
}
