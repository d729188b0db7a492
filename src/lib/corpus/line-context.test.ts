import { describe, expect, it } from 'vitest';
import {
	markAuthorNotes,
	markCreditedCaptions,
	markPageTitles,
	markSocialPostText,
	markWrappedLines
} from './line-context';
import { classify } from './line-kind';
import type { LineKind } from './words';

/**
 * Lines with the kinds `classify` gives each alone, and the furniture rules, as the cleaner starts.
 */
function readAlone(lines: string[]): { kinds: LineKind[]; rules: (string | undefined)[] } {
	const rules: (string | undefined)[] = [];
	const kinds = lines.map((line, i) => {
		const why: { rule?: string } = {};
		const kind = classify(line, undefined, why);
		rules[i] = why.rule;
		return kind;
	});
	return { kinds, rules };
}

describe('kinds a line’s neighbours change', () => {
	it('reads a page’s title over the headline it repeats as furniture', () => {
		const lines = ['Troops take the hilltop village - ValleyCourier', '', 'Troops take the hilltop village'];
		const { kinds, rules } = readAlone(lines);
		markPageTitles(lines, kinds, rules);
		expect([kinds[0], rules[0], kinds[2]]).toEqual(['furniture', 'page title', 'headline']);
	});

	it('leaves a headline ending on a name when no bare copy follows', () => {
		const lines = ['Fighting spreads to the plain - Red Crescent', '', 'Families fled north.'];
		const { kinds, rules } = readAlone(lines);
		markPageTitles(lines, kinds, rules);
		expect(kinds[0]).toBe('headline');
	});

	it('reads the line above a bare photo credit as its caption', () => {
		const lines = ['Rescuers search the rubble of a house on Dec. 2, 2019', 'SAMI HADDAD/AFP/Getty Images'];
		const { kinds } = readAlone(lines);
		markCreditedCaptions(lines, kinds);
		expect(kinds[0]).toBe('caption');
	});

	it('reads the text under a handle on its own line as the embedded post', () => {
		const lines = ['@ValleyAgency', 'Shelling hit the market this morning, two dead.'];
		const { kinds } = readAlone(lines);
		markSocialPostText(lines, kinds);
		expect(kinds).toEqual(['embed', 'embed']);
	});

	it('reads a note on the credited author as a credit, and leaves a name credited nowhere', () => {
		const lines = [
			'By Lina Haddad',
			'Lina Haddad is news editor of the Valley Courier.',
			'Sami Nasr is a farmer.'
		];
		const { kinds } = readAlone(lines);
		markAuthorNotes(lines, kinds);
		expect(kinds.slice(1)).toEqual(['credit', 'prose']);
	});

	it('reads hard-wrapped lines as text once the capture shows two breaks mid-sentence', () => {
		const lines = [
			'Government forces entered the town on Thursday after the',
			'rebels withdrew, and by the evening the army had taken the',
			'hill to the north of the town as well, residents said.'
		];
		const { kinds } = readAlone(lines);
		markWrappedLines(lines, kinds);
		expect(kinds).toEqual(['prose', 'prose', 'prose']);
	});
});
