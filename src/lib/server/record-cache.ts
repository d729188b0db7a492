/**
 * The record cache: each article's record (`data/records.ts`) stored under its content hash, so a build
 * computes only the articles it has not seen with the same places and code. Records live in pack files,
 * one folder per context (`record-keys.ts`):
 *
 *     .cache/records/<context>/<pack>.jsonl
 *
 * A pack's first line is a JSON header naming its format and context; every other line is a key, a tab
 * and the record's JSON. A build adds one pack with what it computed, so a million articles are a few
 * files, not a million; once there are more than `MAX_PACKS`, the next write folds them into one
 * holding only the records the current corpus still uses. A part file of `--shard` is a pack too, and
 * merging parts copies their records in (see `records-part.ts`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleRecord } from '../data/records';
import { writeFileAtomic } from './atomic';
import { RECORD_FORMAT } from './record-keys';

/** What a pack's first line says. */
export interface PackHeader {
	format: number;
	context: string;
	/** On a part file: which partition it holds, `i/n`. */
	shard?: string;
}

/** Packs in a context before the next write folds them into one. */
export const MAX_PACKS = 8;

/** A context folder nobody has used for this long is removed by the next write. */
const STALE_MS = 30 * 24 * 3600 * 1000;

/**
 * The cache folder: `$RECORD_CACHE`, or `.cache/records` in the working folder; undefined when
 * `RECORD_CACHE=off`, and every record is then computed.
 */
export function recordCacheDir(): string | undefined {
	const value = process.env.RECORD_CACHE;
	if (value === 'off') return undefined;
	return resolve(value || '.cache/records');
}

/** A pack's text: the header, then one `key\trecord` line per entry. */
export function packText(header: PackHeader, entries: Iterable<[string, string]>): string {
	const lines = [JSON.stringify(header)];
	for (const [key, json] of entries) lines.push(`${key}\t${json}`);
	return `${lines.join('\n')}\n`;
}

/**
 * Reads a pack: its header and its entries (key → the record's JSON text, parsed only when asked for).
 * Throws naming the file when it is not a pack of this format.
 */
export function readPack(path: string): { header: PackHeader; entries: Map<string, string> } {
	const text = readFileSync(path, 'utf8');
	const lines = text.split('\n');
	let header: PackHeader;
	try {
		header = JSON.parse(lines[0] ?? '') as PackHeader;
	} catch {
		throw new Error(`${path}: not a record pack (its first line is not a JSON header)`);
	}
	if (header?.format !== RECORD_FORMAT || typeof header.context !== 'string')
		throw new Error(`${path}: not a record pack of format ${RECORD_FORMAT}`);
	const entries = new Map<string, string>();
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i]!;
		if (!line) continue;
		const tab = line.indexOf('\t');
		if (tab < 0) throw new Error(`${path}: line ${i + 1} has no key`);
		entries.set(line.slice(0, tab), line.slice(tab + 1));
	}
	return { header, entries };
}

function packName(text: string): string {
	return `${createHash('sha256').update(text).digest('hex').slice(0, 16)}.jsonl`;
}

/** The records of one context, read from its packs on first use. */
export class RecordCache {
	readonly folder: string;
	private entries: Map<string, string> | undefined;
	private readonly added = new Map<string, string>();

	constructor(
		readonly dir: string,
		readonly context: string
	) {
		this.folder = join(dir, context);
	}

	private packs(): string[] {
		try {
			return readdirSync(this.folder)
				.filter((n) => n.endsWith('.jsonl'))
				.sort()
				.map((n) => join(this.folder, n));
		} catch {
			return [];
		}
	}

	private load(): Map<string, string> {
		if (this.entries) return this.entries;
		const entries = new Map<string, string>();
		for (const path of this.packs()) {
			let pack;
			try {
				pack = readPack(path);
			} catch {
				// A pack removed by a concurrent fold, or damaged: its records are computed again.
				continue;
			}
			if (pack.header.context !== this.context) continue;
			for (const [key, json] of pack.entries) entries.set(key, json);
		}
		return (this.entries = entries);
	}

	/** How many records the cache holds for this context. */
	get size(): number {
		return this.load().size + this.added.size;
	}

	get(key: string): ArticleRecord | undefined {
		const json = this.added.get(key) ?? this.load().get(key);
		return json === undefined ? undefined : (JSON.parse(json) as ArticleRecord);
	}

	has(key: string): boolean {
		return this.added.has(key) || this.load().has(key);
	}

	/** Keeps a record, written by the next `flush`. */
	put(key: string, record: ArticleRecord): void {
		this.putJson(key, JSON.stringify(record));
	}

	/** Keeps a record already serialised (as a pack holds it). */
	putJson(key: string, json: string): void {
		if (!this.load().has(key)) this.added.set(key, json);
	}

	/**
	 * Writes what was added as one new pack, then, past `MAX_PACKS`, folds every pack into one that keeps
	 * only the keys in `live` (the current corpus's). Returns how many records were written.
	 */
	flush(live?: ReadonlySet<string>): number {
		const count = this.added.size;
		if (count) {
			const text = packText({ format: RECORD_FORMAT, context: this.context }, this.added);
			writeFileAtomic(join(this.folder, packName(text)), text);
			for (const [key, json] of this.added) this.entries!.set(key, json);
			this.added.clear();
		}
		mkdirSync(this.folder, { recursive: true });
		const now = new Date();
		utimesSync(this.folder, now, now);
		const packs = this.packs();
		if (packs.length > MAX_PACKS) this.fold(packs, live);
		this.removeStale(now.getTime());
		return count;
	}

	private fold(packs: string[], live: ReadonlySet<string> | undefined): void {
		const kept = [...this.load()].filter(([key]) => !live || live.has(key));
		const text = packText({ format: RECORD_FORMAT, context: this.context }, kept);
		const path = join(this.folder, packName(text));
		writeFileAtomic(path, text);
		for (const old of packs) if (old !== path) rmSync(old, { force: true });
		this.entries = new Map(kept);
	}

	private removeStale(now: number): void {
		for (const name of readdirSync(this.dir)) {
			const path = join(this.dir, name);
			if (name === this.context) continue;
			try {
				if (statSync(path).isDirectory() && now - statSync(path).mtimeMs > STALE_MS)
					rmSync(path, { recursive: true, force: true });
			} catch {
				continue;
			}
		}
	}
}
