/**
 * The project's rooms and the one direction imports run between them, enforced by ESLint.
 *
 * Data flows one way: curated files → validated records (`corpus`, `places`) → links (`geoparse`) →
 * dated events (`events`) → published formats (`data`) → build-time I/O (`server`) and curator commands (`ingest`) on one side,
 * and the page (`view` → `map` → `ui` → `src/routes`) on the other. A room may import only the rooms
 * listed for it, so a rule lives in one place and nothing reaches up: shared rules (errors with file
 * and field, URL rules, dates, folding) live in `core`, which every room may use; published formats are
 * owned by `data` and only read by `view`. Browser code never imports build-time code or Node's
 * modules. Offline tools (`tools/`) and command-line entry points (`src/cli/`) may use any room of
 * `src/lib`, and nothing in `src/lib` may use them.
 */
import path from 'node:path';
import { builtinModules } from 'node:module';

/** Rooms under `src/lib/` and what each may import (besides itself). */
export const ROOMS = {
	core: [],
	corpus: ['core'],
	places: ['core'],
	geoparse: ['core', 'places'],
	events: ['core', 'places', 'geoparse'],
	data: ['core', 'corpus', 'places', 'geoparse', 'events'],
	server: ['core', 'corpus', 'places', 'geoparse', 'events', 'data'],
	ingest: ['core', 'corpus', 'places', 'geoparse', 'events', 'data', 'server'],
	view: ['core', 'data'],
	map: ['core', 'data', 'view'],
	ui: ['core', 'data', 'view', 'map']
};

/** Rooms whose code runs in the browser: no Node modules, no build-time code. */
const BROWSER = new Set(['view', 'map', 'ui', 'routes']);

const LIB = Object.keys(ROOMS);

/** What `src/routes` may import: the page's rooms, plus `server` in files that run only at build time. */
const ROUTES = ['core', 'data', 'view', 'map', 'ui'];
const ROUTES_SERVER = [...ROUTES, 'routes', 'server'];
const SERVER_ROUTE = /(^|\/)(\+(page|layout)\.server\.ts|\+server\.ts|hooks\.server\.ts)$/;

const NODE_BUILTINS = new Set(builtinModules);

/** The room a project-relative path belongs to, or undefined outside the rooms. */
function roomOf(rel) {
	const parts = rel.split('/');
	if (parts[0] === 'src' && parts[1] === 'lib' && parts.length > 3 && ROOMS[parts[2]]) return parts[2];
	if (parts[0] === 'src' && parts[1] === 'lib') return 'lib';
	if (parts[0] === 'src' && parts[1] === 'routes') return SERVER_ROUTE.test(rel) ? 'routes-server' : 'routes';
	if (parts[0] === 'src' && parts[1] === 'cli') return 'cli';
	if (parts[0] === 'src' && /^hooks\.client\./.test(parts[1] ?? '')) return 'routes';
	if (parts[0] === 'tools') return 'tools';
	return undefined;
}

/** What a room may import, or undefined when anything goes (tools, command lines). */
function allowed(room) {
	if (room === 'routes') return ROUTES;
	if (room === 'routes-server') return ROUTES_SERVER;
	if (room === 'cli') return [...LIB, 'lib'];
	if (room === 'lib') return [...LIB, 'lib'];
	if (room === 'tools') return [...LIB, 'lib', 'tools'];
	return ROOMS[room];
}

/** The project-relative path an import names, or undefined for a package. */
function target(spec, file, root) {
	if (spec.startsWith('$lib/') || spec === '$lib') return path.posix.join('src/lib', spec.slice(5));
	if (!spec.startsWith('.')) return undefined;
	const abs = path.resolve(path.dirname(file), spec);
	return path.relative(root, abs).split(path.sep).join('/');
}

/** @type {import('eslint').Rule.RuleModule} */
const direction = {
	meta: {
		type: 'problem',
		docs: { description: 'Imports run one way between the rooms of eslint/layers.js' },
		schema: []
	},
	create(context) {
		const root = context.cwd;
		const file = context.filename;
		const rel = path.relative(root, file).split(path.sep).join('/');
		const room = roomOf(rel);
		if (!room) return {};
		const may = allowed(room);
		const browser = BROWSER.has(room);
		const check = (node) => {
			if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
			const spec = node.value;
			if (browser && (spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]))) {
				context.report({ node, message: `${rel}: browser code may not import the Node module '${spec}'` });
				return;
			}
			const to = target(spec, file, root);
			if (!to) return;
			const other = roomOf(to);
			if (!other || other === room) return;
			const ok = may.includes(other);
			if (!ok)
				context.report({
					node,
					message: `'${room}' may not import '${other}' (${spec}): imports run one way, see eslint/layers.js`
				});
		};
		return {
			ImportDeclaration: (n) => check(n.source),
			ExportNamedDeclaration: (n) => check(n.source),
			ExportAllDeclaration: (n) => check(n.source),
			ImportExpression: (n) => check(n.source)
		};
	}
};

export default { rules: { direction } };
