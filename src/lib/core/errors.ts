/**
 * One problem found in an input file. Validation collects every problem instead of stopping at the
 * first, so a curator fixes a file in one pass.
 */
export interface DataIssue {
	/** Path of the offending file, relative to the project root where possible. */
	file: string;
	/** Where in the file: a dotted path such as `features[3].properties.aliases[1]`, or `(file)`. */
	field: string;
	message: string;
}

/** Thrown when input data is invalid; carries every issue found. */
export class DataError extends Error {
	readonly issues: DataIssue[];
	constructor(issues: DataIssue[]) {
		super(`${issues.length} data error(s):\n${formatIssues(issues)}`);
		this.name = 'DataError';
		this.issues = issues;
	}
}

/** One line per issue, `file: field: message`, the format the build and `check:data` print. */
export function formatIssues(issues: DataIssue[]): string {
	return issues.map((i) => `${i.file}: ${i.field}: ${i.message}`).join('\n');
}

/** Renders a zod-style path (`['features', 3, 'id']`) as `features[3].id`. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[${part}]`;
		else out += out ? `.${String(part)}` : String(part);
	}
	return out || '(root)';
}
