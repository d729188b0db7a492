/**
 * Files on disk for what a build in rounds cannot hold: lines appended under a key (a place, a day, a
 * shard) as the articles pass, buffered up to a bound and then appended to the key's file, and read back
 * a line at a time or a range of lines at a time. So the memory of a build that groups a million
 * articles' excerpts by place is the buffer's bound, not the excerpts.
 */
import {
	appendFileSync,
	closeSync,
	fstatSync,
	mkdirSync,
	openSync,
	readSync,
	rmSync,
	writevSync
} from 'node:fs';
import { join } from 'node:path';

/** Bytes a `Spill` buffers, over all its keys, before it appends them to their files. */
export const SPILL_BUFFER = 32 * 2 ** 20;

/** The first size of a `Pending`'s buffer, which doubles as it fills, up to its bound. */
const FIRST_BUFFER = 64 * 2 ** 10;

/**
 * Writes every byte of `views` at the file's position, in order: one `writev` call each time, as many
 * as a short write takes.
 */
export function writeViews(fd: number, views: readonly Uint8Array[]): void {
	let rest = views.filter((v) => v.length > 0);
	while (rest.length) {
		let n = writevSync(fd, rest);
		let i = 0;
		while (i < rest.length && n >= rest[i]!.length) n -= rest[i++]!.length;
		rest = rest.slice(i);
		if (n > 0) rest[0] = rest[0]!.subarray(n);
	}
}

/**
 * Text under keys, kept as UTF-8 in one buffer until the owner writes it out: text is encoded once,
 * when it comes, and goes to its file as the bytes it is, with no joining of strings. Each key holds
 * the ranges of the buffer that are its own, in the order they were put.
 */
class Pending {
	private buffer = Buffer.alloc(0);
	private used = 0;
	private readonly ranges = new Map<string, number[]>();

	constructor(private readonly limit: number) {}

	/** Bytes held. */
	get size(): number {
		return this.used;
	}

	/**
	 * Puts `first` then `second` under `key`; false, putting nothing, when they might not fit in the
	 * bytes left under the bound (a UTF-16 code unit takes at most 3 bytes of UTF-8).
	 */
	put(key: string, first: string, second: string): boolean {
		const most = this.used + 3 * (first.length + second.length);
		if (most > this.buffer.length && !this.grow(most)) return false;
		const start = this.used;
		this.used += this.buffer.write(first, start);
		this.used += this.buffer.write(second, this.used);
		const ranges = this.ranges.get(key);
		if (!ranges) this.ranges.set(key, [start, this.used]);
		else if (ranges[ranges.length - 1] === start) ranges[ranges.length - 1] = this.used;
		else ranges.push(start, this.used);
		return true;
	}

	private grow(bytes: number): boolean {
		if (bytes > this.limit) return false;
		let size = Math.max(FIRST_BUFFER, this.buffer.length);
		while (size < bytes) size *= 2;
		const grown = Buffer.allocUnsafe(Math.min(size, this.limit));
		this.buffer.copy(grown, 0, 0, this.used);
		this.buffer = grown;
		return true;
	}

	/** Hands each key's bytes (views of the buffer, in order) to `write`, then forgets them. */
	drain(write: (key: string, views: Buffer[]) => void): void {
		for (const [key, ranges] of this.ranges) {
			const views: Buffer[] = [];
			for (let i = 0; i < ranges.length; i += 2) views.push(this.buffer.subarray(ranges[i], ranges[i + 1]));
			write(key, views);
		}
		this.ranges.clear();
		this.used = 0;
	}

	/** Whether `key` has bytes held. */
	has(key: string): boolean {
		return this.ranges.has(key);
	}

	/** Forgets the bytes held under `key` (they stay in the buffer until it is drained). */
	delete(key: string): void {
		this.ranges.delete(key);
	}

	/** Lets the buffer go, once drained: a spill being read back needs none. */
	release(): void {
		if (!this.used) this.buffer = Buffer.alloc(0);
	}
}

/** Writes `views` at the end of the file at `path`, made if need be (`append`) or made anew. */
export function writeBytes(path: string, views: readonly Uint8Array[], append = false): void {
	const fd = openSync(path, append ? 'a' : 'w');
	try {
		writeViews(fd, views);
	} finally {
		closeSync(fd);
	}
}

/** Lines kept under keys, each key's in a file of its own under `dir`, in the order they were added. */
export class Spill {
	private readonly names = new Map<string, string>();
	private readonly pending: Pending;

	constructor(
		readonly dir: string,
		limit = SPILL_BUFFER
	) {
		mkdirSync(dir, { recursive: true });
		this.pending = new Pending(limit);
	}

	/** Adds a line (it must hold no line break) under `key`. */
	add(key: string, line: string): void {
		if (!this.names.has(key)) this.names.set(key, `${this.names.size}.txt`);
		if (this.pending.put(key, line, '\n')) return;
		this.write();
		if (!this.pending.put(key, line, '\n')) appendFileSync(this.path(key)!, `${line}\n`);
	}

	private write(): void {
		this.pending.drain((key, views) => writeBytes(this.path(key)!, views, true));
	}

	/** Appends every buffered line to its key's file, and lets the buffer go until the next line. */
	flush(): void {
		this.write();
		this.pending.release();
	}

	/** Every key some line was added under, in the order each was first used. */
	keys(): string[] {
		return [...this.names.keys()];
	}

	/** The file of `key` (complete once `flush` has run), or undefined when nothing was added under it. */
	path(key: string): string | undefined {
		const name = this.names.get(key);
		return name === undefined ? undefined : join(this.dir, name);
	}

	/** The lines of `key`, in the order they were added (flushing first). */
	lines(key: string): Generator<string> {
		this.flush();
		const path = this.path(key);
		return path ? fileLines(path) : (function* () {})();
	}

	/** Removes the key's file. */
	drop(key: string): void {
		const path = this.path(key);
		if (path) rmSync(path, { force: true });
		this.pending.delete(key);
	}
}

/**
 * Files each made of a head, items joined by commas and a tail (`{"shard":3,"articles":[` … `]}`),
 * written where they are published as the items arrive, in the order they arrive: buffered over all
 * the files up to a bound, like a `Spill`, but with nothing to copy or remove afterwards. For a file
 * whose items arrive in the order it lists them (an article shard's entries, in the published order).
 */
export class JoinedFiles {
	private readonly tails = new Map<string, string>();
	private readonly written = new Set<string>();
	private readonly pending: Pending;

	constructor(limit = SPILL_BUFFER) {
		this.pending = new Pending(limit);
	}

	/** Adds `item` to the file at `path`, which starts with `head` and will end with `tail`. */
	add(path: string, head: string, item: string, tail: string): void {
		const known = this.tails.has(path);
		if (!known) this.tails.set(path, tail);
		const before = known ? ',' : head;
		if (this.pending.put(path, before, item)) return;
		this.flush();
		if (!this.pending.put(path, before, item)) this.write(path, [Buffer.from(before + item)]);
	}

	/** Every file some item was added to, in the order each was first used. */
	paths(): string[] {
		return [...this.tails.keys()];
	}

	/** A file's first write replaces whatever was at its path; the next ones append. */
	private write(path: string, views: readonly Uint8Array[]): void {
		writeBytes(path, views, this.written.has(path));
		this.written.add(path);
	}

	/** Writes out what is buffered. */
	private flush(): void {
		this.pending.drain((path, views) => this.write(path, views));
	}

	/** Writes out what is buffered and ends every file with its tail. */
	close(): void {
		for (const [path, tail] of this.tails)
			if (!this.pending.put(path, tail, '')) {
				this.flush();
				if (!this.pending.put(path, tail, '')) this.write(path, [Buffer.from(tail)]);
			}
		this.flush();
		this.pending.release();
	}
}

/** Bytes read at a time from a file of lines. */
const READ_CHUNK = 8 * 2 ** 20;

/**
 * The lines of a file, read `chunk` bytes at a time (a line longer than that is read whole): each
 * read goes after the unfinished line the last one left at the buffer's start, so no byte is copied
 * but that line's.
 */
export function* fileLines(path: string, chunk = READ_CHUNK): Generator<string> {
	const fd = openSync(path, 'r');
	try {
		// No more than the file needs: a build reads thousands of small files (a day's articles, a place's ids).
		let buffer = Buffer.allocUnsafe(Math.max(1, Math.min(chunk, fstatSync(fd).size)));
		let kept = 0;
		let position = 0;
		for (;;) {
			if (kept === buffer.length) {
				const longer = Buffer.allocUnsafe(buffer.length * 2);
				buffer.copy(longer, 0, 0, kept);
				buffer = longer;
			}
			const n = readSync(fd, buffer, kept, buffer.length - kept, position);
			if (n === 0) break;
			position += n;
			const end = kept + n;
			const last = buffer.lastIndexOf(10, end - 1);
			if (last < 0) {
				kept = end;
				continue;
			}
			const text = buffer.toString('utf8', 0, last);
			kept = buffer.copy(buffer, 0, last + 1, end);
			for (const line of text.split('\n')) if (line) yield line;
		}
		if (kept) yield buffer.toString('utf8', 0, kept);
	} finally {
		closeSync(fd);
	}
}

/**
 * A file of lines, each ending with a line break, read by line number: `count` lines, and `range(from, to)` the lines `from` to `to - 1`
 * read from disk, so a caller pages through a long file holding one page.
 */
export class LineFile {
	private readonly starts: number[] = [];
	private readonly fd: number;

	constructor(path: string) {
		this.fd = openSync(path, 'r');
		const size = fstatSync(this.fd).size;
		const buffer = Buffer.alloc(Math.max(1, Math.min(READ_CHUNK, size)));
		// Every line ends with a line break (`Spill` writes them so): a line starts after each one.
		this.starts.push(0);
		for (let position = 0; position < size;) {
			const n = readSync(this.fd, buffer, 0, buffer.length, position);
			if (n === 0) break;
			for (let nl = buffer.indexOf(10); nl >= 0 && nl < n; nl = buffer.indexOf(10, nl + 1))
				this.starts.push(position + nl + 1);
			position += n;
		}
		if (this.starts.at(-1) !== size) this.starts.push(size);
	}

	get count(): number {
		return this.starts.length - 1;
	}

	/** The bytes of the lines `from` to `to - 1`, each with its line break. */
	bytes(from: number, to: number): Buffer {
		const start = this.starts[from]!;
		const end = this.starts[to]!;
		const bytes = Buffer.allocUnsafe(end - start);
		for (let done = 0; done < bytes.length;) {
			const n = readSync(this.fd, bytes, done, bytes.length - done, start + done);
			if (n === 0) throw new Error('the file ended while it was read');
			done += n;
		}
		return bytes;
	}

	range(from: number, to: number): string[] {
		return this.bytes(from, to)
			.toString('utf8')
			.split('\n')
			.slice(0, to - from);
	}

	close(): void {
		closeSync(this.fd);
	}
}

/**
 * Lines (each ending with a line break, as `LineFile.bytes` gives them) joined by commas, last line
 * first, each without what comes before its first `after` byte when one is given (a tab after a
 * line's key): the items of a published list, copied as the bytes they were spilled as.
 */
export function joinReversed(lines: Buffer, after?: number): Buffer {
	const out = Buffer.allocUnsafe(lines.length);
	if (!lines.length) return out;
	let at = 0;
	let end = lines[lines.length - 1] === 10 ? lines.length - 1 : lines.length;
	for (;;) {
		const nl = end > 0 ? lines.lastIndexOf(10, end - 1) : -1;
		let from = nl + 1;
		if (after !== undefined) {
			const cut = lines.indexOf(after, from);
			if (cut >= 0 && cut < end) from = cut + 1;
		}
		if (at) out[at++] = 44;
		at += lines.copy(out, at, from, end);
		if (nl < 0) return out.subarray(0, at);
		end = nl;
	}
}
