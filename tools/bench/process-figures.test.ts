import { describe, expect, it } from 'vitest';
import { processTree, runMeasured, statTicks, statusRssKb, treeRssKb } from './process-figures';

describe('statTicks', () => {
	it('reads the CPU fields after a command name holding spaces and parentheses', () => {
		const stat = '4242 (node (x) y) S 1 4242 4242 0 -1 4194304 100 0 0 0 1234 56 78 9 20 0 11 0 100 0 0';
		expect(statTicks(stat)).toEqual({ utime: 1234, stime: 56, cutime: 78, cstime: 9 });
	});
});

describe('statusRssKb', () => {
	it('reads VmRSS and says 0 when the line is missing', () => {
		expect(statusRssKb('Name:\tnode\nVmHWM:\t  90000 kB\nVmRSS:\t   81234 kB\n')).toBe(81234);
		expect(statusRssKb('Name:\tnode\n')).toBe(0);
	});
});

describe('process tree', () => {
	it('finds this process and counts its memory', () => {
		expect(processTree(process.pid)[0]).toBe(process.pid);
		expect(treeRssKb(process.pid)).toBeGreaterThan(1000);
	});

	it('measures a child that allocates memory and spends CPU', async () => {
		const script =
			'const a = Buffer.alloc(200 * 2 ** 20, 1); let x = 0; const t = Date.now(); while (Date.now() - t < 600) x += a[x % a.length]; console.log(x > 0);';
		const out: string[] = [];
		const figures = await runMeasured(
			'node',
			process.execPath,
			['-e', script],
			process.env,
			(c) => out.push(String(c)),
			50
		);
		expect(out.join('')).toContain('true');
		expect(figures.peakRssMb).toBeGreaterThan(150);
		expect(figures.cpuSeconds).toBeGreaterThan(0.3);
		expect(figures.seconds).toBeGreaterThanOrEqual(0.6);
	});

	it('rejects naming the command when it fails', async () => {
		await expect(
			runMeasured('the step', process.execPath, ['-e', 'process.exit(3)'], process.env, () => {})
		).rejects.toThrow('the step exited with 3');
	});
});
