import { createHash } from 'node:crypto';
import {
	copyFileSync,
	createReadStream,
	createWriteStream,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, createBrotliCompress, createGzip, gzip } from 'node:zlib';
import { EXPLORER_PATH } from '../data/explorer-file';

/**
 * Precompressed copies of the site's text files, written beside them as `<file>.gz` and `<file>.br`:
 * nginx's `gzip_static` (and the brotli module's `brotli_static`, where installed) sends them as they
 * are, with no work per request. A stock nginx compresses nothing but HTML on its own; uncompressed,
 * the default corpus's first screen moves 1.73 MB instead of 0.49 MB.
 *
 * The shell (`_app/`, the base map, the top-level pages, and `data/explorer.json`) is compressed at
 * the best levels: every visitor loads it, and it is a few files that change only with the code. The
 * corpus's files (the rest of `data/`, the pages per place and per article), about three per article,
 * at faster levels chosen from `tools/bench/compression.ts`'s figures (see the README's "Compressed
 * copies"). Each copy is cached under the hash of its original, outside the site, so a rebuild
 * compresses only the files whose bytes changed.
 */

/** Files worth compressing: text and uncompressed binary formats (fonts and images already are). */
export const COMPRESSIBLE = /\.(html|js|mjs|css|csv|json|geojson|svg|webmanifest|txt|xml|wasm|pbf|map)$/;

/** Below this size a compressed copy saves less than the headers it adds. */
export const MIN_BYTES = 256;

/** A gzip level and a brotli quality. */
export interface Levels {
	gzip: number;
	brotli: number;
}

/** The shell's files: the best levels, paid once per change of the code. */
export const SHELL_LEVELS: Levels = { gzip: 9, brotli: constants.BROTLI_MAX_QUALITY };

/**
 * The corpus's files. Measured on a 2,000-article site (README, "Compressed copies"): gzip 6 serves
 * 1.2% more than gzip 9 for 60% of its CPU time, brotli 5 18% more than brotli 11 for 1% of its time.
 */
export const CORPUS_LEVELS: Levels = { gzip: 6, brotli: 5 };

/** Every file under `dir`, as full paths, sorted. */
function files(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? files(path) : [path];
		});
}

/** The files under `dir` that get compressed copies, as full paths, sorted. */
export function compressibleFiles(dir: string): string[] {
	return files(dir).filter((f) => COMPRESSIBLE.test(f) && statSync(f).size >= MIN_BYTES);
}

/**
 * Whether a file of the site (its path relative to the site, with `/`) is one of the corpus's: under
 * `data/`, `places/` or `articles/`, which grow with the articles, except `data/explorer.json`, which
 * every visitor fetches before the first map and is compressed as the shell is.
 */
export function corpusFile(rel: string): boolean {
	return /^(data|places|articles)\//.test(rel) && `/${rel}` !== EXPLORER_PATH;
}

/** The levels a file of the site is compressed at. */
export function levelsFor(rel: string): Levels {
	return corpusFile(rel) ? CORPUS_LEVELS : SHELL_LEVELS;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

type Kind = 'gz' | 'br';

function brotliParams(quality: number, size: number) {
	return { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: size };
}

/** One compressed form of `data`. Node writes no time stamp into the gzip header: same input, same bytes. */
function compressBuffer(kind: Kind, level: number, data: Buffer): Promise<Buffer> {
	return kind === 'gz'
		? gzipAsync(data, { level })
		: brotliAsync(data, { params: brotliParams(level, data.length) });
}

/**
 * Files from this size on are compressed as streams, a chunk at a time, never read whole: a data file
 * of a large corpus can pass what one buffer (or one string) holds, and several read at once would
 * hold several.
 */
export const STREAM_FROM = 64 * 2 ** 20;

/** Temporary files written so far: two files of the same bytes may be written to one entry at once. */
let tmpCount = 0;

/** Writes the `kind` copy of `source` (its bytes, or its path to stream it) to `dest`, via a temporary file. */
async function writeCopy(
	kind: Kind,
	level: number,
	source: Buffer | string,
	size: number,
	dest: string
): Promise<void> {
	const tmp = `${dest}.tmp-${process.pid}-${++tmpCount}`;
	try {
		if (typeof source === 'string') {
			const compressor =
				kind === 'gz' ? createGzip({ level }) : createBrotliCompress({ params: brotliParams(level, size) });
			await pipeline(createReadStream(source), compressor, createWriteStream(tmp));
		} else writeFileSync(tmp, await compressBuffer(kind, level, source));
	} catch (e) {
		rmSync(tmp, { force: true });
		throw e;
	}
	renameSync(tmp, dest);
}

/** The sha-256 of the bytes (or of the file streamed), in hex. */
async function contentHash(source: Buffer | string): Promise<string> {
	const hash = createHash('sha256');
	if (typeof source === 'string') await pipeline(createReadStream(source), hash);
	else hash.update(source);
	return hash.digest('hex');
}

/** Bumped when what the cache stores changes meaning; the zlib and brotli versions are part of the key too. */
const CACHE_FORMAT = 1;

/**
 * The compression cache of the site published at `out`: `$COMPRESS_CACHE/<name of out>`, by default
 * `.cache/compressed/<name>`; undefined when `COMPRESS_CACHE=off`, and every copy is then computed.
 * One folder per site, since each build removes the entries it did not use.
 */
export function compressCacheDir(out: string): string | undefined {
	const value = process.env.COMPRESS_CACHE;
	if (value === 'off') return undefined;
	return join(resolve(value || '.cache/compressed'), basename(resolve(out)));
}

/**
 * Where the cache keeps copies made by this Node's compressors: another zlib or brotli could make other
 * bytes from the same input, and a cold build must give what a warm one does.
 */
function cacheContext(): string {
	return createHash('sha256')
		.update(`${CACHE_FORMAT}\0${process.versions.zlib}\0${process.versions.brotli ?? ''}`)
		.digest('hex')
		.slice(0, 16);
}

/** Puts a hard link to `from` (a cached copy) at `to`; copies where the two are on different file systems. */
function linkInto(from: string, to: string): void {
	rmSync(to, { force: true });
	try {
		linkSync(from, to);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw e;
		copyFileSync(from, to);
	}
}

/**
 * Removes from the cache every copy this build did not use, and the folders of other compressor
 * versions. A file written after `since` is left alone: it belongs to another build running now.
 * `since` is a whole millisecond and a file's time is finer, so a file the previous build wrote in
 * the very millisecond this one started counts as older (CI once kept one such entry).
 */
function pruneCache(root: string, context: string, used: ReadonlySet<string>, since: number): number {
	let removed = 0;
	for (const name of readdirSync(root)) {
		if (name !== context) rmSync(join(root, name), { recursive: true, force: true });
	}
	const here = join(root, context);
	for (const shard of readdirSync(here)) {
		for (const name of readdirSync(join(here, shard))) {
			const path = join(here, shard, name);
			if (used.has(path) || Math.floor(statSync(path).mtimeMs) > since) continue;
			rmSync(path, { force: true });
			removed++;
		}
	}
	return removed;
}

/** What `precompress` did. */
export interface Compressed {
	/** `.gz` and `.br` copies written beside the files (each only where smaller than its file). */
	copies: number;
	/** Bytes of the files compressed, and of what gzip serves of them (a copy, or the file where none is smaller). */
	bytes: number;
	gzBytes: number;
	/** Files whose copies this build computed, and files whose copies all came from the cache. */
	compressed: number;
	cached: number;
	/** Cache entries removed because this build did not use them. */
	pruned: number;
}

/** Options of `precompress`. */
export interface PrecompressOptions {
	/** Files from this size on are streamed (default `STREAM_FROM`). */
	streamFrom?: number;
	/** The cache folder (`compressCacheDir`); without one, every copy is computed. */
	cache?: string;
}

/**
 * Writes the `.gz` and `.br` copies of every compressible file under `dir` that are smaller than the
 * file, at the file's `levelsFor`. With a cache, a copy is taken from it when the file's bytes were
 * compressed at the same level before, and otherwise computed and stored in it; the copies in the site
 * are hard links to the cache's, and the cache is then pruned to what this build used. Runs four files
 * at a time on zlib's thread pool (both copies of a file at once).
 */
export async function precompress(dir: string, options: PrecompressOptions = {}): Promise<Compressed> {
	const streamFrom = options.streamFrom ?? STREAM_FROM;
	const start = Date.now();
	const context = cacheContext();
	const cacheRoot = options.cache;
	const used = new Set<string>();
	const todo = compressibleFiles(dir);
	const result: Compressed = { copies: 0, bytes: 0, gzBytes: 0, compressed: 0, cached: 0, pruned: 0 };

	const one = async (file: string): Promise<void> => {
		const size = statSync(file).size;
		const source = size >= streamFrom ? file : readFileSync(file);
		const levels = levelsFor(relative(dir, file).split(sep).join('/'));
		const hash = cacheRoot ? await contentHash(source) : '';
		let computed = false;
		const copy = async (kind: Kind): Promise<number> => {
			const level = kind === 'gz' ? levels.gzip : levels.brotli;
			const target = `${file}.${kind}`;
			if (!cacheRoot) {
				await writeCopy(kind, level, source, size, target);
				computed = true;
			} else {
				const entry = join(cacheRoot, context, hash.slice(0, 2), `${hash}.${kind}${level}`);
				used.add(entry);
				let cached = true;
				try {
					statSync(entry);
				} catch {
					cached = false;
				}
				if (!cached) {
					mkdirSync(dirname(entry), { recursive: true });
					await writeCopy(kind, level, source, size, entry);
					computed = true;
				}
				if (statSync(entry).size < size) linkInto(entry, target);
				else rmSync(target, { force: true });
			}
			const written = statSync(target, { throwIfNoEntry: false })?.size;
			if (written === undefined || written < size) return written ?? size;
			rmSync(target);
			return size;
		};
		const [gz, br] = await Promise.all([copy('gz'), copy('br')]);
		result.bytes += size;
		result.gzBytes += gz;
		result.copies += (gz < size ? 1 : 0) + (br < size ? 1 : 0);
		if (computed) result.compressed++;
		else result.cached++;
	};
	// An index, not `todo.shift()`: V8 cannot trim the front of a large array in place, so each shift
	// copies the rest (20,000 shifts of 300,000 paths took 10.8 s here): quadratic in the site's files.
	let at = 0;
	const next = async (): Promise<void> => {
		while (at < todo.length) await one(todo[at++]!);
	};
	await Promise.all([next(), next(), next(), next()]);
	if (cacheRoot) {
		mkdirSync(join(cacheRoot, context), { recursive: true });
		result.pruned = pruneCache(cacheRoot, context, used, start);
	}
	return result;
}
