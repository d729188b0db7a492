import {
	createReadStream,
	createWriteStream,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, createBrotliCompress, createGzip, gzip } from 'node:zlib';

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
 * Files from this size on are compressed as streams, a chunk at a time, never read whole: a data file
 * of a large corpus can pass what one buffer (or one string) holds, and several read at once would
 * hold several.
 */
export const STREAM_FROM = 64 * 2 ** 20;

/** Streams `file` through `compressor` into `file + ext`; keeps the copy only when it is smaller. */
async function streamCopy(
	file: string,
	ext: string,
	compressor: NodeJS.ReadWriteStream
): Promise<number | undefined> {
	const tmp = `${file}${ext}.tmp`;
	try {
		await pipeline(createReadStream(file), compressor, createWriteStream(tmp));
	} catch (e) {
		rmSync(tmp, { force: true });
		throw e;
	}
	const size = statSync(tmp).size;
	if (size >= statSync(file).size) {
		rmSync(tmp);
		return undefined;
	}
	renameSync(tmp, `${file}${ext}`);
	return size;
}

/**
 * Writes the `.gz` and `.br` copies of every compressible file under `dir` that are smaller than the
 * file, and returns how many copies were written and the bytes of the originals and of their gzip
 * copies. Runs a few files at a time on zlib's thread pool; a file from `streamFrom` bytes on is
 * compressed as a stream (brotli at quality 9, as `BROTLI_FAST_FROM` says).
 */
export async function precompress(
	dir: string,
	streamFrom = STREAM_FROM
): Promise<{ copies: number; bytes: number; gzBytes: number }> {
	const todo = files(dir).filter((f) => COMPRESSIBLE.test(f) && statSync(f).size >= MIN_BYTES);
	const result = { copies: 0, bytes: 0, gzBytes: 0 };
	const next = async (): Promise<void> => {
		for (let file = todo.shift(); file !== undefined; file = todo.shift()) {
			const size = statSync(file).size;
			if (size >= streamFrom) {
				const gz = await streamCopy(file, '.gz', createGzip({ level: 9 }));
				const br = await streamCopy(
					file,
					'.br',
					createBrotliCompress({
						params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: size }
					})
				);
				result.bytes += size;
				result.gzBytes += gz ?? size;
				result.copies += (gz === undefined ? 0 : 1) + (br === undefined ? 0 : 1);
				continue;
			}
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
