import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

/** The `layers/direction` messages the project's ESLint config reports for `code` at `file`. */
async function directionErrors(file: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: join(root, file) });
	return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/direction').map((m) => m.message);
}

describe('the import direction (eslint/layers.js)', () => {
	it('lets a room import the rooms below it, by relative path or $lib', async () => {
		expect(await directionErrors('src/lib/data/x.ts', "export { foldText } from '../core/fold';\n")).toEqual(
			[]
		);
		expect(await directionErrors('src/lib/view/x.ts', "export * from '$lib/data/delta';\n")).toEqual([]);
		expect(
			await directionErrors('tools/bench/x.ts', "export * from '../../src/lib/server/sources';\n")
		).toEqual([]);
	});

	it('fails an import that runs back up', async () => {
		expect(await directionErrors('src/lib/core/x.ts', "export * from '../view/url-state';\n")).toEqual([
			"'core' may not import 'view' (../view/url-state): imports run one way, see eslint/layers.js"
		]);
		expect(await directionErrors('src/lib/data/x.ts', "export * from '$lib/view/search';\n")).toHaveLength(1);
		expect(
			await directionErrors('src/lib/ingest/x.ts', "export * from '../../../tools/basemap/towns';\n")
		).toEqual([
			"'ingest' may not import 'tools' (../../../tools/basemap/towns): imports run one way, see eslint/layers.js"
		]);
	});

	it('keeps build-time code and Node modules out of the browser', async () => {
		expect(await directionErrors('src/lib/ui/x.ts', "export * from '$lib/server/sources';\n")).toHaveLength(
			1
		);
		expect(await directionErrors('src/routes/x.ts', "export * from '$lib/ingest/run';\n")).toHaveLength(1);
		expect(
			await directionErrors('src/lib/view/x.ts', "import { readFileSync } from 'node:fs';\nreadFileSync;\n")
		).toEqual(["src/lib/view/x.ts: browser code may not import the Node module 'node:fs'"]);
		expect(
			await directionErrors('src/routes/data/x/+server.ts', "export * from '$lib/server/pipeline';\n")
		).toEqual([]);
	});

	/**
	 * The type-aware parser builds the whole project's TypeScript program before it reports anything: about 8 s on a
	 * quiet machine, over the default 20 s under a loaded one, so this case alone gets 90 s.
	 */
	it(
		'checks imports in Svelte components too (linted as an existing component, for the type-aware parser)',
		{
			timeout: 90_000
		},
		async () => {
			const component =
				'<script lang="ts">\n\timport { readSources } from \'$lib/server/sources\';\n\treadSources;\n</script>\n';
			expect(await directionErrors('src/lib/ui/Timeline.svelte', component)).toHaveLength(1);
		}
	);
});
