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
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';

/** Bytes a `Spill` buffers, over all its keys, before it appends them to their files. */
export const SPILL_BUFFER = 32 * 2 ** 20;

/** Lines kept under keys, each key's in a file of its own under `dir`, in the order they were added. */
export class Spill {
	private readonly names = new Map<string, string>();
	private readonly buffers = new Map<string, string[]>();
	private buffered = 0;

	constructor(
		readonly dir: string,
		private readonly limit = SPILL_BUFFER
	) {
		mkdirSync(dir, { recursive: true });
	}

	/** Adds a line (it must hold no line break) under `key`. */
	add(key: string, line: string): void {
		let buffer = this.buffers.get(key);
		if (!buffer) {
			if (!this.names.has(key)) this.names.set(key, `${this.names.size}.txt`);
			this.buffers.set(key, (buffer = []));
		}
		buffer.push(line);
		this.buffered += line.length + 1;
		if (this.buffered > this.limit) this.flush();
	}

	/** Appends every buffered line to its key's file. */
	flush(): void {
		for (const [key, lines] of this.buffers) appendFileSync(this.path(key)!, `${lines.join('\n')}\n`);
		this.buffers.clear();
		this.buffered = 0;
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
		this.buffers.delete(key);
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
	private readonly buffers = new Map<string, string[]>();
	private readonly written = new Set<string>();
	private buffered = 0;

	constructor(private readonly limit = SPILL_BUFFER) {}

	/** Adds `item` to the file at `path`, which starts with `head` and will end with `tail`. */
	add(path: string, head: string, item: string, tail: string): void {
		let buffer = this.buffers.get(path);
		if (!buffer) this.buffers.set(path, (buffer = []));
		if (this.tails.has(path)) buffer.push(',', item);
		else {
			this.tails.set(path, tail);
			buffer.push(head, item);
		}
		this.buffered += item.length + 1;
		if (this.buffered > this.limit) this.flush();
	}

	/** Every file some item was added to, in the order each was first used. */
	paths(): string[] {
		return [...this.tails.keys()];
	}

	/** Writes out what is buffered; a file's first write replaces whatever was at its path. */
	private flush(): void {
		for (const [path, parts] of this.buffers) {
			if (this.written.has(path)) appendFileSync(path, parts.join(''));
			else {
				writeFileSync(path, parts.join(''));
				this.written.add(path);
			}
		}
		this.buffers.clear();
		this.buffered = 0;
	}

	/** Writes out what is buffered and ends every file with its tail. */
	close(): void {
		for (const [path, tail] of this.tails) {
			const buffer = this.buffers.get(path);
			if (buffer) buffer.push(tail);
			else this.buffers.set(path, [tail]);
		}
		this.flush();
	}
}

/** Bytes read at a time from a file of lines. */
const READ_CHUNK = 8 * 2 ** 20;

/** The lines of a file, read `chunk` bytes at a time (a line longer than that is read whole). */
export function* fileLines(path: string, chunk = READ_CHUNK): Generator<string> {
	const fd = openSync(path, 'r');
	try {
		let rest = Buffer.alloc(0);
		let position = 0;
		// No more than the file needs: a build reads thousands of small files (a day's articles, a place's ids).
		chunk = Math.max(1, Math.min(chunk, fstatSync(fd).size));
		const buffer = Buffer.alloc(chunk);
		for (;;) {
			const n = readSync(fd, buffer, 0, chunk, position);
			if (n === 0) break;
			position += n;
			const data = rest.length ? Buffer.concat([rest, buffer.subarray(0, n)]) : buffer.subarray(0, n);
			const last = data.lastIndexOf(10);
			if (last < 0) {
				rest = Buffer.from(data);
				continue;
			}
			const text = data.toString('utf8', 0, last);
			rest = Buffer.from(data.subarray(last + 1));
			for (const line of text.split('\n')) if (line) yield line;
		}
		if (rest.length) yield rest.toString('utf8');
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

	range(from: number, to: number): string[] {
		const start = this.starts[from]!;
		const end = this.starts[to]!;
		const bytes = Buffer.alloc(end - start);
		for (let done = 0; done < bytes.length;) {
			const n = readSync(this.fd, bytes, done, bytes.length - done, start + done);
			if (n === 0) throw new Error('the file ended while it was read');
			done += n;
		}
		return bytes
			.toString('utf8')
			.split('\n')
			.slice(0, to - from);
	}

	close(): void {
		closeSync(this.fd);
	}
}
