/**
 * The content hashes the record cache is keyed by. An article's record is a pure function of three
 * things (see `data/records.ts`): the article's own fields the stage reads, the linkable places, and the
 * code that computes it (with the packages it imports and the runtime). The first is the record's key;
 * the other two make the context, and records of one context never serve another.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { RecordInput, RecordPlace } from '../data/records';
import { execAll } from '../core/regex';

/** Bumped when the cache's record layout changes, so records in an older layout are never read. */
export const RECORD_FORMAT = 1;

/** The module whose import closure computes a record. */
const RECORD_MODULE = 'src/lib/data/records.ts';

function sha256(...parts: string[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\u0000');
	return hash.digest('hex');
}

/** An article's key: the hash of the fields the per-article stage reads. */
export function recordKey(input: RecordInput): string {
	return sha256(input.id, input.published, input.body);
}

/** `import … from '…'`, `export … from '…'` and `import '…'`, skipping type-only imports and exports. */
const IMPORT = /(?:^|[\n;])\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/g;

function resolveModule(from: string, spec: string): string | undefined {
	const base = resolve(dirname(from), spec);
	return [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')].find(
		(path) => existsSync(path) && statSync(path).isFile()
	);
}

/** A bare import's package name: `chrono-node`, `@scope/name`. */
function packageName(spec: string): string {
	const parts = spec.split('/');
	return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * The hash of the code that computes a record: every project file `data/records.ts` imports, directly or
 * through others (by a relative path or SvelteKit's `$lib/`) (type-only imports left out, since they leave no code), the version of every package
 * they import, and Node's version (the regular expressions' Unicode tables come with it). Undefined when
 * the sources are not there to read (a bundled build run from elsewhere): then nothing can be cached.
 */
export function codeHash(root = process.cwd()): string | undefined {
	const start = join(root, RECORD_MODULE);
	if (!existsSync(start)) return undefined;
	const files = new Map<string, string>();
	const packages = new Map<string, string>();
	const queue = [start];
	while (queue.length) {
		const file = queue.pop()!;
		if (files.has(file)) continue;
		const text = readFileSync(file, 'utf8');
		files.set(file, text);
		if (!file.endsWith('.ts')) continue;
		for (const [, typeOnly, spec] of execAll(IMPORT, text)) {
			if (typeOnly || !spec) continue;
			const local = spec.startsWith('$lib/') ? join(root, 'src/lib', spec.slice(5)) : spec;
			if (local.startsWith('.') || local !== spec) {
				const path = resolveModule(file, local);
				if (!path) throw new Error(`${relative(root, file)}: cannot find the module "${spec}"`);
				queue.push(path);
			} else if (!spec.startsWith('node:')) {
				const name = packageName(spec);
				const manifest = join(root, 'node_modules', name, 'package.json');
				const version = existsSync(manifest)
					? String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version)
					: 'missing';
				packages.set(name, version);
			}
		}
	}
	const parts = [`format ${RECORD_FORMAT}`, `node ${process.versions.node}`];
	for (const [file, text] of [...files].sort(([a], [b]) => a.localeCompare(b)))
		parts.push(relative(root, file), text);
	for (const [name, version] of [...packages].sort(([a], [b]) => a.localeCompare(b)))
		parts.push(`${name}@${version}`);
	return sha256(...parts);
}

/**
 * The context the records of a build belong to: the code's hash and every field the stage reads of
 * the linkable places (`recordPlaces`: names, aliases, kinds, the city a seat stands for, geometries),
 * in the build's order. A curated place's sources, or the folder it was read from, change no record.
 */
export function contextHash(code: string, places: readonly RecordPlace[]): string {
	return sha256(code, JSON.stringify(places));
}
