import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { cleanControl } from '../lib/core/control';
import { formatIssues } from '../lib/core/errors';
import { importBulk } from '../lib/ingest/bulk-import';
import { geodataDir } from '../lib/server/sources';

const USAGE = `usage: npm run bulk-import -- [options] FILE.jsonl...

Writes articles from JSON Lines (one JSON object an article: id, title, outlet, published, body, and
optionally datePrecision, url, byline, dateEvidence) into the bulk store, geodata/bulk/<name>.parquet,
checked by the build's rules. A bad line is named with its file, line and field and left out; the
others are written (through a temporary file and a rename, so a reader never sees half a file).

  --out FILE     the store file to write (default: geodata/bulk/<first input's name>.parquet)
  --force        replace the store file when it exists
  --dry-run      check every line, write nothing
  -h, --help     this text

Exit status: 0 when every line was written, 1 when any line was left out or nothing could be written,
2 for a usage error.`;

async function main(): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				out: { type: 'string' },
				force: { type: 'boolean' },
				'dry-run': { type: 'boolean' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (e) {
		console.error(`${(e as Error).message}\n\n${USAGE}`);
		return 2;
	}
	if (parsed.values.help) {
		console.log(USAGE);
		return 0;
	}
	if (!parsed.positionals.length) {
		console.error(USAGE);
		return 2;
	}
	const result = await importBulk(parsed.positionals, {
		geodata: geodataDir(),
		out: parsed.values.out,
		force: parsed.values.force,
		dryRun: parsed.values['dry-run']
	});
	if (result.issues.length) console.error(cleanControl(formatIssues(result.issues)));
	const out = relative(process.cwd(), result.out) || result.out;
	if (result.refused) {
		console.error(cleanControl(result.refused));
		return 1;
	}
	const left = result.issues.length ? `; ${result.issues.length} problem(s) above, those lines left out` : '';
	console.log(
		cleanControl(
			parsed.values['dry-run']
				? `${result.written} articles would be written to ${out}${left}`
				: result.written
					? `${result.written} articles written to ${out}${left}`
					: `no article to write${left}`
		)
	);
	return result.issues.length || !result.written ? 1 : 0;
}

process.exitCode = await main();
