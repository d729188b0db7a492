/**
 * The curated outlets, `geodata/outlets.json`: for each outlet the names the articles' front matter
 * writes it with, what kind of outlet it is, and where that classification comes from. An analyst
 * weighs a claim by who reported it, so the kind is never inferred: an outlet that is not in this file
 * is shown as not classified.
 */
import { z } from 'zod';
import { cleanControl } from '../core/control';
import { fieldPath, type DataIssue } from '../core/errors';
import { OUTLET_KINDS } from './outlet-kinds';

export { OUTLET_KINDS, type OutletKind } from './outlet-kinds';

/** The file's name in the data folder. */
export const OUTLETS_FILE = 'outlets.json';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug such as "reuters"');
const text = z.string().trim().min(1);

/** One curated outlet as written in the file. */
export const outletSchema = z.strictObject({
	id: slug,
	/** The name the explorer shows. */
	name: text,
	/** Other names the articles' `outlet` field uses for it ("Asharq Al-Awsat (Reuters interview)"). */
	aliases: z.array(text).optional(),
	kind: z.enum(OUTLET_KINDS),
	/** For state media of a party: the party ("Russia"). Only for that kind. */
	party: text.optional(),
	/** Why it is of that kind, in a sentence a reviewer can check against `source`. */
	basis: text,
	/** Where the classification comes from: the outlet's own about page, an encyclopedia entry. */
	source: z.url({ protocol: /^https?$/ })
});

export type CuratedOutlet = z.infer<typeof outletSchema>;

const outletFileSchema = z.strictObject({ outlets: z.array(z.unknown()) });

/** The file as read: its path (for errors) and its text. */
export interface OutletFile {
	file: string;
	text: string;
}

/**
 * Validates `geodata/outlets.json`: valid JSON of the shape `{ "outlets": [...] }`, every outlet as the
 * schema says, ids unique, a party named exactly for state media of a party, and no name (or alias)
 * given to two outlets, case aside, since an article's outlet must resolve to one of them. Every
 * problem is collected with its file and field. No file is no curated outlet, which is valid.
 */
export function validateOutlets(source: OutletFile | undefined): {
	outlets: CuratedOutlet[];
	issues: DataIssue[];
} {
	const issues: DataIssue[] = [];
	const outlets: CuratedOutlet[] = [];
	if (!source) return { outlets, issues };
	const { file } = source;
	let json: unknown;
	try {
		json = JSON.parse(source.text);
	} catch (e) {
		issues.push({ file, field: '(file)', message: `not valid JSON: ${(e as Error).message}` });
		return { outlets, issues };
	}
	const parsed = outletFileSchema.safeParse(json);
	if (!parsed.success) {
		for (const issue of parsed.error.issues)
			issues.push({
				file,
				field: fieldPath(issue.path),
				message: `${issue.message} (expected { "outlets": [...] })`
			});
		return { outlets, issues };
	}
	const ids = new Map<string, number>();
	const names = new Map<string, string>();
	parsed.data.outlets.forEach((raw, index) => {
		const label = (raw as { id?: unknown })?.id;
		const prefix = `outlets[${index}]${typeof label === 'string' ? ` (${label})` : ''}`;
		const at = (field: string, message: string) =>
			issues.push({ file, field: `${prefix}.${field}`, message });
		const result = outletSchema.safeParse(raw);
		if (!result.success) {
			for (const issue of result.error.issues) at(fieldPath(issue.path), issue.message);
			return;
		}
		const before = issues.length;
		const outlet = result.data;
		const other = ids.get(outlet.id);
		if (other !== undefined) at('id', `duplicate outlet id "${outlet.id}" (also outlets[${other}])`);
		ids.set(outlet.id, index);
		if (outlet.kind === 'party-state-media' && !outlet.party)
			at('party', 'state media of a party to the conflict must name the party');
		if (outlet.kind !== 'party-state-media' && outlet.party)
			at('party', `only state media of a party name one (this outlet's kind is "${outlet.kind}")`);
		const written = [outlet.name, ...(outlet.aliases ?? [])];
		written.forEach((name, k) => {
			const key = name.toLowerCase();
			const owner = names.get(key);
			const field = k === 0 ? 'name' : `aliases[${k - 1}]`;
			if (owner !== undefined && owner !== outlet.id) at(field, `"${name}" is already a name of "${owner}"`);
			else if (owner === outlet.id) at(field, `"${name}" is given twice`);
			names.set(key, outlet.id);
		});
		if (issues.length > before) return;
		const clean: CuratedOutlet = {
			...outlet,
			name: cleanControl(outlet.name),
			basis: cleanControl(outlet.basis)
		};
		if (outlet.aliases) clean.aliases = outlet.aliases.map(cleanControl);
		if (outlet.party) clean.party = cleanControl(outlet.party);
		outlets.push(clean);
	});
	return { outlets, issues };
}
