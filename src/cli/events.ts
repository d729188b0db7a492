import { parseArgs } from 'node:util';
import { DataError, formatIssues } from '../lib/core/errors';
import { isArticleSource } from '../lib/events/schema';
import { acceptEvent, DEFAULT_EVENTS_FILE, listCandidates } from '../lib/ingest/accept-event';
import { geodataDir } from '../lib/server/sources';

const USAGE = `usage: npm run events -- list [--article ID] [--json]
       npm run events -- accept ID [--events-file geodata/events/NAME.json]

Events found in the articles' own text (extracted, not reviewed) and their acceptance into a reviewed
event file.

  list             every extracted event the build shows, with its id, date, precision, confidence
                   and sentence (--article narrows to one article; --json prints JSON)
  accept ID        writes extracted event ID to a reviewed file, with its article sentence as its
                   source; refused when it is already reviewed or a reviewed event holds it
  --events-file F  the reviewed file to append to (default geodata/events/${DEFAULT_EVENTS_FILE})
  -h, --help       this text

Exit status: 0 on success, 1 when the event cannot be accepted or the data is invalid, 2 for a usage error.`;

function main(): number {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				article: { type: 'string' },
				'events-file': { type: 'string' },
				json: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		});
	} catch (e) {
		console.error(`events: ${(e as Error).message}\n\n${USAGE}`);
		return 2;
	}
	const { values: v, positionals } = parsed;
	if (v.help) {
		console.log(USAGE);
		return 0;
	}
	const [command, id, ...rest] = positionals;
	const usage = (why: string) => {
		console.error(`events: ${why}\n\n${USAGE}`);
		return 2;
	};
	try {
		if (command === 'list') {
			if (id !== undefined) return usage(`list takes no argument, got "${id}"`);
			const events = listCandidates(geodataDir(), v.article);
			if (v.json) {
				console.log(JSON.stringify(events, null, 2));
				return 0;
			}
			for (const e of events) {
				const where = isArticleSource(e.source) ? `${e.source.article} @${e.source.start}` : '';
				const sentence = isArticleSource(e.source) ? e.source.sentence : '';
				console.log(
					`${e.id}  ${e.kind} ${e.places.join(', ')}  ${e.date} (${e.datePrecision})  confidence ${e.confidence}`
				);
				console.log(`    ${where}: ${sentence}`);
			}
			console.log(`${events.length} extracted event(s) not reviewed`);
			return 0;
		}
		if (command === 'accept') {
			if (!id) return usage('accept needs the id of an extracted event (see npm run events -- list)');
			if (rest.length) return usage(`accept takes one id, got also ${rest.join(' ')}`);
			const { event, file } = acceptEvent(geodataDir(), id, v['events-file']);
			console.log(
				`accepted ${event.id} (${event.kind} ${event.places.join(', ')}, ${event.date} ${event.datePrecision}) into ${file}`
			);
			return 0;
		}
		return usage(command ? `unknown command "${command}"` : 'no command given');
	} catch (e) {
		if (e instanceof DataError) console.error(`events: the data is invalid:\n${formatIssues(e.issues)}`);
		else console.error(`events: ${(e as Error).message}`);
		return 1;
	}
}

process.exitCode = main();
