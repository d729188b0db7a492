/**
 * A command timed as a child process, the way a user runs it: its wall time, the CPU time it and every
 * process it waited for used, and the most resident memory its whole process tree held at once. Read
 * from Linux's `/proc`: `cutime`/`cstime` of this process's `stat` (which count a child once it has
 * been waited for, with its own waited-for children) and `VmRSS` of every process under the child,
 * sampled while it runs.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What one command cost. */
export interface ProcessFigures {
	seconds: number;
	/** User and system CPU seconds of the command and every process it waited for. */
	cpuSeconds: number;
	/** The largest sum of resident memory over the command's process tree, in MB (2^20 bytes), sampled. */
	peakRssMb: number;
}

/** The `utime`, `stime`, `cutime` and `cstime` fields of a `/proc/<pid>/stat` line, in clock ticks. */
export function statTicks(stat: string): { utime: number; stime: number; cutime: number; cstime: number } {
	// The command name (field 2) is in parentheses and may hold spaces: count fields after its last ')'.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	const at = (field: number) => Number(fields[field - 3]);
	return { utime: at(14), stime: at(15), cutime: at(16), cstime: at(17) };
}

/** `VmRSS` of a `/proc/<pid>/status` text, in kB; 0 when absent (a process that is exiting). */
export function statusRssKb(status: string): number {
	const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
	return match ? Number(match[1]) : 0;
}

let ticks: number | undefined;
/** Clock ticks per second (`getconf CLK_TCK`, 100 on Linux unless the kernel says otherwise). */
function ticksPerSecond(): number {
	if (ticks === undefined) {
		try {
			ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
		} catch {
			ticks = 100;
		}
	}
	return ticks;
}

function read(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
}

/** `pid` and every process under it, from each thread's `children` list. */
export function processTree(pid: number): number[] {
	const out: number[] = [];
	const queue = [pid];
	while (queue.length) {
		const p = queue.pop()!;
		out.push(p);
		let tasks: string[];
		try {
			tasks = readdirSync(`/proc/${p}/task`);
		} catch {
			continue;
		}
		for (const t of tasks) {
			const children = read(`/proc/${p}/task/${t}/children`);
			if (children) for (const c of children.trim().split(/\s+/)) if (c) queue.push(Number(c));
		}
	}
	return out;
}

/** The resident memory of `pid`'s process tree now, in kB. */
export function treeRssKb(pid: number): number {
	return processTree(pid).reduce((sum, p) => sum + statusRssKb(read(`/proc/${p}/status`) ?? ''), 0);
}

function childCpuTicks(): number {
	const t = statTicks(read('/proc/self/stat') ?? '');
	return t.cutime + t.cstime;
}

/**
 * Runs `command` with `args` and `env`, passes its output to `log`, and measures it (see the module's
 * comment); the tree's memory is sampled every `sampleMs`. Rejects when it exits with an error, naming
 * `label`.
 */
export function runMeasured(
	label: string,
	command: string,
	args: readonly string[],
	env: NodeJS.ProcessEnv,
	log: (chunk: Buffer) => void,
	sampleMs = 200
): Promise<ProcessFigures> {
	const start = performance.now();
	const cpuBefore = childCpuTicks();
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let peakKb = 0;
		const sample = () => {
			if (child.pid !== undefined) peakKb = Math.max(peakKb, treeRssKb(child.pid));
		};
		const timer = setInterval(sample, sampleMs);
		child.stdout.on('data', log);
		child.stderr.on('data', log);
		child.on('error', (e) => {
			clearInterval(timer);
			reject(e);
		});
		child.on('close', (code, signal) => {
			clearInterval(timer);
			if (code !== 0) {
				reject(new Error(`${label} exited with ${code ?? signal}`));
				return;
			}
			resolve({
				seconds: (performance.now() - start) / 1000,
				cpuSeconds: (childCpuTicks() - cpuBefore) / ticksPerSecond(),
				peakRssMb: peakKb / 1024
			});
		});
	});
}
