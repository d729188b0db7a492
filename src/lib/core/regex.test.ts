import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { execAll, execAllWhere, gateOpen, gateText } from './regex';

/** What `matchAll` gives, in the form compared: each match's index, its text and its groups. */
const viaMatchAll = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
const viaExecAll = (re: RegExp, text: string) => execAll(re, text).map((m) => [m.index, ...m]);

describe('execAll', () => {
	it('finds every match with its index and groups, as matchAll does', () => {
		const re = /\b(took|seized)\s+(\p{Lu}\p{L}+)/gu;
		const text = 'Troops took Saraqeb, then seized Kafr Nabl; rebels took  Ariha.';
		expect(viaExecAll(re, text)).toEqual([
			[7, 'took Saraqeb', 'took', 'Saraqeb'],
			[26, 'seized Kafr', 'seized', 'Kafr'],
			[51, 'took  Ariha', 'took', 'Ariha']
		]);
		expect(viaExecAll(re, text)).toEqual(viaMatchAll(re, text));
	});

	it('steps past empty matches, by a whole character where the expression reads code points', () => {
		expect(viaExecAll(/x*/g, 'axxb')).toEqual(viaMatchAll(/x*/g, 'axxb'));
		expect(execAll(/(?:)/gu, '😀a').map((m) => m.index)).toEqual([0, 2, 3]);
		expect(execAll(/(?:)/g, '😀a').map((m) => m.index)).toEqual([0, 1, 2, 3]);
	});

	it('leaves the expression as it found it, so the next text starts from its beginning', () => {
		const re = /a/g;
		re.lastIndex = 3;
		expect(execAll(re, 'a-a').map((m) => m.index)).toEqual([0, 2]);
		expect(re.lastIndex).toBe(0);
		expect(execAll(re, 'ba').map((m) => m.index)).toEqual([1]);
	});

	it('refuses an expression without the global flag', () => {
		expect(() => execAll(/a/, 'a')).toThrow(/global/);
	});

	it('agrees with matchAll on any text, for expressions of every shape the extractor uses', () => {
		const expressions = [
			/\b(?:took|taken?)\b/gi,
			/\b(?:deal|truce)\s+(?:[^\s,;:.]+\s+){0,3}?to\s+(?:set\s+up|form)\b/gi,
			/[\p{L}']+/gu,
			/(?<=\p{Ll}{2})[.!?](?=\p{Lu})/gu,
			/\s*/g,
			/(?:)/gu
		];
		const text = fc.string({
			unit: fc.constantFrom('a', 'T', 'o', 'k', ' ', '.', 'É', '😀', 'deal ', 'to form', 'took', 'x.Y'),
			maxLength: 30
		});
		fc.assert(
			fc.property(fc.constantFrom(...expressions), text, (re, t) => {
				expect(viaExecAll(re, t)).toEqual(viaMatchAll(re, t));
			})
		);
	});
});

describe('gateText', () => {
	it('lowercases the text, keeping its length and offsets', () => {
		expect(gateText('Troops TOOK Saraqeb')).toBe('troops took saraqeb');
	});

	it('writes the long s as s, which a case-insensitive unicode expression matches as s', () => {
		expect(/sent/iu.test('ſent')).toBe(true);
		expect(gateText('ſENT')).toBe('sent');
		// The Kelvin sign lowercases to k, as the expression reads it.
		expect(gateText('\u212aILLED')).toBe('killed');
	});
});

describe('gateOpen', () => {
	it('is open only when every group has one of its words in the text', () => {
		const groups = [
			['deal', 'accord'],
			['signed', 'reached']
		];
		expect(gateOpen('the accord was reached', groups)).toBe(true);
		expect(gateOpen('the accord was broken', groups)).toBe(false);
		expect(gateOpen('talks were reached', groups)).toBe(false);
		expect(gateOpen('anything', [])).toBe(true);
	});

	it('finds a word inside a longer one, as a stem gate needs', () => {
		expect(gateOpen('they were dispatching troops', [['dispatch']])).toBe(true);
	});
});

describe('execAllWhere', () => {
	const re = /\b(?:sent|dispatched)\s+(?:\p{L}+\s+){0,2}?troops\s+to\b/giu;
	const groups = [['sent', 'dispatch'], ['troops']];

	it('gives no match without running the expression when the gate is shut', () => {
		const text = 'The army moved troops to the front.';
		const counting = new Proxy(re, {
			get(target, key) {
				if (key === 'exec') throw new Error('ran the expression');
				const v = Reflect.get(target, key, target);
				return typeof v === 'function' ? v.bind(target) : v;
			}
		});
		expect(execAllWhere(counting, text, gateText(text), groups)).toEqual([]);
	});

	it('gives what execAll gives on any text when the gate holds words every match has', () => {
		const text = fc.string({
			unit: fc.constantFrom(
				'sent ',
				'SENT ',
				'ſent ',
				'Dispatched ',
				'more ',
				'troops ',
				'TROOPS ',
				'to ',
				'X',
				' '
			),
			maxLength: 12
		});
		fc.assert(
			fc.property(text, (t) => {
				const gated = execAllWhere(re, t, gateText(t), groups).map((m) => [m.index, ...m]);
				expect(gated).toEqual(viaExecAll(re, t));
			})
		);
	});
});
