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
import {
	closeSync,
	fstatSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	readSync,
	renameSync,
	rmSync,
	statSync,
	utimesSync,
	writeSync
} from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleRecord } from '../data/records';
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

/** Bytes read at a time when a pack is scanned for its keys. */
const SCAN_CHUNK = 16 * 2 ** 20;

/**
 * Scans a pack without holding its text: calls `onEntry` with each key and where its record's JSON lies
 * in the file (byte offset and length), reading `SCAN_CHUNK` bytes at a time. Throws naming the file
 * when it is not a pack of this format; returns its header.
 */
export function scanPack(
	path: string,
	onEntry: (key: string, offset: number, length: number) => void,
	chunk = SCAN_CHUNK
): PackHeader {
	const fd = openSync(path, 'r');
	try {
		let buffer = Buffer.alloc(Math.max(1, Math.min(chunk, fstatSync(fd).size + 1)));
		let position = 0;
		let header: PackHeader | undefined;
		let line = 1;
		for (;;) {
			const filled = readSync(fd, buffer, 0, buffer.length, position);
			if (filled === 0) break;
			let start = 0;
			for (let nl = buffer.indexOf(10, 0); nl >= 0 && nl < filled; nl = buffer.indexOf(10, start)) {
				if (!header) header = packHeader(path, buffer.toString('utf8', start, nl));
				else if (nl > start) {
					const tab = buffer.indexOf(9, start);
					if (tab < 0 || tab > nl) throw new Error(`${path}: line ${line} has no key`);
					onEntry(buffer.toString('latin1', start, tab), position + tab + 1, nl - tab - 1);
				}
				line++;
				start = nl + 1;
			}
			if (filled < buffer.length && start >= filled) break;
			if (start === 0) {
				if (filled < buffer.length) throw new Error(`${path}: line ${line} does not end`);
				buffer = Buffer.alloc(buffer.length * 2);
			}
			position += start;
		}
		if (!header) throw new Error(`${path}: not a record pack (its first line is not a JSON header)`);
		return header;
	} finally {
		closeSync(fd);
	}
}

function packHeader(path: string, line: string): PackHeader {
	let header: PackHeader;
	try {
		header = JSON.parse(line) as PackHeader;
	} catch {
		throw new Error(`${path}: not a record pack (its first line is not a JSON header)`);
	}
	if (header?.format !== RECORD_FORMAT || typeof header.context !== 'string')
		throw new Error(`${path}: not a record pack of format ${RECORD_FORMAT}`);
	return header;
}

/**
 * A pack being written: lines are appended to a temporary file, and `finish` renames it to the hash of
 * its content, so a reader never sees half a pack.
 */
class PackWriter {
	readonly tmp: string;
	private readonly fd: number;
	private readonly hash = createHash('sha256');
	bytes = 0;

	constructor(
		readonly folder: string,
		header: PackHeader
	) {
		mkdirSync(folder, { recursive: true });
		this.tmp = join(folder, `.pack.${process.pid}.${Date.now()}.tmp`);
		this.fd = openSync(this.tmp, 'w');
		this.write(`${JSON.stringify(header)}\n`);
	}

	private write(text: string): void {
		const bytes = Buffer.from(text, 'utf8');
		writeSync(this.fd, bytes);
		this.hash.update(bytes);
		this.bytes += bytes.length;
	}

	/** Appends one entry; returns where its JSON lies in the file. */
	add(key: string, json: string): { offset: number; length: number } {
		const offset = this.bytes + Buffer.byteLength(key) + 1;
		const length = Buffer.byteLength(json);
		this.write(`${key}\t${json}\n`);
		return { offset, length };
	}

	/** Closes the file and gives it its name; returns the path. */
	finish(): string {
		closeSync(this.fd);
		const path = join(this.folder, `${this.hash.digest('hex').slice(0, 16)}.jsonl`);
		renameSync(this.tmp, path);
		return path;
	}

	abandon(): void {
		closeSync(this.fd);
		rmSync(this.tmp, { force: true });
	}
}

/**
 * The records of one context. Opening it scans its packs for their keys only (`scanPack`): the index in
 * memory says where each record lies on disk, and `get` reads and parses that one record, so a million
 * cached records cost the index, not their text.
 */
export class RecordCache {
	readonly folder: string;
	private index: Map<string, number> | undefined;
	/** Per index slot: the pack (into `packFiles`), the byte offset and the length of the record's JSON. */
	private readonly slotPack: number[] = [];
	private readonly slotOffset: number[] = [];
	private readonly slotLength: number[] = [];
	private readonly packFiles: string[] = [];
	private readonly fds = new Map<number, number>();
	private readonly added = new Map<string, string>();
	private writer: PackWriter | undefined;
	private writerPack = -1;
	private written = 0;

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

	private setSlot(index: Map<string, number>, key: string, pack: number, offset: number, length: number) {
		let slot = index.get(key);
		if (slot === undefined) {
			slot = this.slotPack.length;
			index.set(key, slot);
		}
		this.slotPack[slot] = pack;
		this.slotOffset[slot] = offset;
		this.slotLength[slot] = length;
	}

	private load(): Map<string, number> {
		if (this.index) return this.index;
		const index = new Map<string, number>();
		for (const path of this.packs()) {
			const pack = this.packFiles.length;
			const found: [string, number, number][] = [];
			try {
				const header = scanPack(path, (key, offset, length) => found.push([key, offset, length]));
				if (header.context !== this.context) continue;
			} catch {
				// A pack removed by a concurrent fold, or damaged: its records are computed again.
				continue;
			}
			this.packFiles.push(path);
			for (const [key, offset, length] of found) this.setSlot(index, key, pack, offset, length);
		}
		return (this.index = index);
	}

	private readSlot(slot: number): string {
		const pack = this.slotPack[slot]!;
		let fd = this.fds.get(pack);
		if (fd === undefined) this.fds.set(pack, (fd = openSync(this.packFiles[pack]!, 'r')));
		const buffer = Buffer.alloc(this.slotLength[slot]!);
		let done = 0;
		while (done < buffer.length) {
			const n = readSync(fd, buffer, done, buffer.length - done, this.slotOffset[slot]! + done);
			if (n === 0) throw new Error(`${this.packFiles[pack]}: ends inside a record`);
			done += n;
		}
		return buffer.toString('utf8');
	}

	/** How many records the cache holds for this context. */
	get size(): number {
		return this.load().size + this.added.size;
	}

	/** A record's JSON text as the cache holds it, or undefined. */
	getJson(key: string): string | undefined {
		const added = this.added.get(key);
		if (added !== undefined) return added;
		const slot = this.load().get(key);
		return slot === undefined ? undefined : this.readSlot(slot);
	}

	get(key: string): ArticleRecord | undefined {
		const json = this.getJson(key);
		return json === undefined ? undefined : (JSON.parse(json) as ArticleRecord);
	}

	has(key: string): boolean {
		return this.added.has(key) || this.load().has(key);
	}

	/** Keeps a record, written by the next `append` or `flush`. */
	put(key: string, record: ArticleRecord): void {
		this.putJson(key, JSON.stringify(record));
	}

	/** Keeps a record already serialised (as a pack holds it). */
	putJson(key: string, json: string): void {
		if (!this.load().has(key)) this.added.set(key, json);
	}

	/**
	 * Writes what was added since the last call to this build's pack, which stays open for more: a build
	 * that goes through its articles in rounds appends each round's records and holds none of them.
	 */
	append(): void {
		if (!this.added.size) return;
		const index = this.load();
		if (!this.writer) {
			this.writer = new PackWriter(this.folder, { format: RECORD_FORMAT, context: this.context });
			this.writerPack = this.packFiles.length;
			this.packFiles.push(this.writer.tmp);
		}
		for (const [key, json] of this.added) {
			const { offset, length } = this.writer.add(key, json);
			this.setSlot(index, key, this.writerPack, offset, length);
		}
		this.written += this.added.size;
		this.added.clear();
	}

	/**
	 * Writes what was added as (the end of) one new pack, then, past `MAX_PACKS`, folds every pack into
	 * one that keeps only the keys in `live` (the current corpus's). Returns how many records this build
	 * wrote.
	 */
	flush(live?: ReadonlySet<string>): number {
		this.append();
		const count = this.written;
		this.written = 0;
		if (this.writer) {
			const fd = this.fds.get(this.writerPack);
			if (fd !== undefined) closeSync(fd);
			this.fds.delete(this.writerPack);
			this.packFiles[this.writerPack] = this.writer.finish();
			this.writer = undefined;
		}
		mkdirSync(this.folder, { recursive: true });
		const now = new Date();
		utimesSync(this.folder, now, now);
		const packs = this.packs();
		if (packs.length > MAX_PACKS) this.fold(packs, live);
		this.removeStale(now.getTime());
		return count;
	}

	/** Closes the files the cache reads from. */
	close(): void {
		for (const fd of this.fds.values()) closeSync(fd);
		this.fds.clear();
		if (this.writer) {
			this.writer.abandon();
			this.writer = undefined;
		}
	}

	private fold(packs: string[], live: ReadonlySet<string> | undefined): void {
		const index = this.load();
		const writer = new PackWriter(this.folder, { format: RECORD_FORMAT, context: this.context });
		const kept: [string, number, number][] = [];
		try {
			for (const [key, slot] of index) {
				if (live && !live.has(key)) continue;
				const { offset, length } = writer.add(key, this.readSlot(slot));
				kept.push([key, offset, length]);
			}
		} catch (e) {
			writer.abandon();
			throw e;
		}
		const path = writer.finish();
		this.close();
		for (const old of packs) if (old !== path) rmSync(old, { force: true });
		this.packFiles.length = 0;
		this.packFiles.push(path);
		this.slotPack.length = this.slotOffset.length = this.slotLength.length = 0;
		const folded = new Map<string, number>();
		for (const [key, offset, length] of kept) this.setSlot(folded, key, 0, offset, length);
		this.index = folded;
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
