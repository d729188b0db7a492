import { describe, expect, it } from 'vitest';
import { validateOutlets } from './outlets';

const FILE = 'geodata/outlets.json';

const wire = {
	id: 'wire-one',
	name: 'Wire One',
	kind: 'wire',
	basis: 'A news agency selling copy to other outlets.',
	source: 'https://example.org/about'
};
const stateMedia = {
	id: 'state-news',
	name: 'State News',
	aliases: ['State News (print)'],
	kind: 'party-state-media',
	party: 'Ruritania',
	basis: 'Owned by the Ruritanian state, which fights in the conflict.',
	source: 'https://example.org/state-news'
};

function run(...outlets: unknown[]) {
	return validateOutlets({ file: FILE, text: JSON.stringify({ outlets }) });
}

describe('validateOutlets', () => {
	it('accepts well-formed outlets and keeps their fields', () => {
		const { outlets, issues } = run(wire, stateMedia);
		expect(issues).toEqual([]);
		expect(outlets.map((o) => o.id)).toEqual(['wire-one', 'state-news']);
		expect(outlets[1]).toMatchObject({ party: 'Ruritania', aliases: ['State News (print)'] });
	});

	it('treats a missing file as no curated outlet', () => {
		expect(validateOutlets(undefined)).toEqual({ outlets: [], issues: [] });
	});

	it('names the file for broken JSON and a wrong shape', () => {
		expect(validateOutlets({ file: FILE, text: '{' }).issues).toEqual([
			expect.objectContaining({ file: FILE, field: '(file)' })
		]);
		const shape = validateOutlets({ file: FILE, text: '[]' }).issues;
		expect(shape[0]).toMatchObject({ file: FILE, field: '(root)' });
		expect(shape[0]!.message).toContain('expected { "outlets": [...] }');
	});

	it('names the outlet and field of a bad kind, a non-http source and a missing basis', () => {
		const { outlets, issues } = run(
			{ ...wire, kind: 'tabloid' },
			{ ...stateMedia, source: 'javascript:alert(1)' },
			{ ...wire, id: 'no-basis', name: 'No Basis', basis: undefined }
		);
		expect(outlets).toEqual([]);
		expect(issues.map((i) => [i.file, i.field])).toEqual([
			[FILE, 'outlets[0] (wire-one).kind'],
			[FILE, 'outlets[1] (state-news).source'],
			[FILE, 'outlets[2] (no-basis).basis']
		]);
	});

	it('rejects unknown fields', () => {
		const { issues } = run({ ...wire, bias: 'left' });
		expect(issues).toHaveLength(1);
		expect(issues[0]!.field).toBe('outlets[0] (wire-one).(root)');
	});

	it('requires the party for state media of a party, and only there', () => {
		const { issues } = run({ ...stateMedia, party: undefined }, { ...wire, party: 'Ruritania' });
		expect(issues.map((i) => i.field)).toEqual([
			'outlets[0] (state-news).party',
			'outlets[1] (wire-one).party'
		]);
	});

	it('refuses a duplicate id and a name two outlets share, case aside', () => {
		const { outlets, issues } = run(
			wire,
			{ ...stateMedia, id: 'wire-one' },
			{ ...stateMedia, id: 'copy', name: 'Copy', aliases: ['wire one'] }
		);
		expect(issues.map((i) => [i.field, i.message])).toEqual([
			['outlets[1] (wire-one).id', 'duplicate outlet id "wire-one" (also outlets[0])'],
			['outlets[2] (copy).aliases[0]', '"wire one" is already a name of "wire-one"']
		]);
		expect(outlets.map((o) => o.id)).toEqual(['wire-one']);
	});

	it('strips control characters from the text it keeps', () => {
		const { outlets } = run({ ...wire, name: 'Wire\u0007 One', basis: 'An agency.\u001b[2J' });
		expect(outlets[0]!.name).toBe('Wire One');
		expect(outlets[0]!.basis).not.toContain('\u001b');
	});
});
