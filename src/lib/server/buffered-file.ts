import { closeSync, openSync, writeSync } from 'node:fs';

/** Bytes of text held before they are written: large enough that a file of millions of small items is
 * written in few calls, small enough that a file too large for one string never is one. */
const FLUSH_AT = 2 ** 20;

/**
 * A file written a piece at a time through a buffer of about 1 MB, for the published files too large to
 * make as one string (V8 caps a string near 512 MB). Created empty; `close` writes what is held.
 */
export class BufferedFile {
	private readonly fd: number;
	private parts: string[] = [];
	private size = 0;

	constructor(path: string) {
		this.fd = openSync(path, 'w');
	}

	write(text: string): void {
		this.parts.push(text);
		this.size += text.length;
		if (this.size > FLUSH_AT) this.flush();
	}

	private flush(): void {
		if (this.parts.length) writeSync(this.fd, this.parts.join(''));
		this.parts = [];
		this.size = 0;
	}

	close(): void {
		this.flush();
		closeSync(this.fd);
	}
}
