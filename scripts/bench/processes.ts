// Child processes for the benchmark: run one to completion with its wall time and peak
// memory, and find a process tree's peak resident memory from /proc.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** The pids of `root` and all its descendants, from /proc/<pid>/stat. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name may hold spaces and parentheses: the ppid follows the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Clock ticks per second of /proc/<pid>/stat's CPU times. */
let clockTicks: number | undefined;

/**
 * CPU seconds (user + system) a server process and its children have used so far: its own,
 * its exited children's (which it has reaped), and each living child's. On a PostgreSQL
 * postmaster, the difference over a run is what the server's backends and helpers spent.
 * Null when the process cannot be read (not on this machine).
 */
export function serverCpuSeconds(pid: number): number | null {
  clockTicks ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  const fields = (of: number) => {
    const stat = readFileSync(`/proc/${of}/stat`, "utf8");
    // After the command name: state, ppid, ... utime (14th field), stime, cutime, cstime.
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(rest[1]), times: [11, 12, 13, 14].map((i) => Number(rest[i])) };
  };
  let ticks: number;
  try {
    ticks = fields(pid).times.reduce((a, b) => a + b, 0);
  } catch {
    return null;
  }
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const child = fields(Number(entry));
      if (child.ppid === pid) ticks += child.times[0]! + child.times[1]!;
    } catch {
      // The process ended while we looked (its time is then its parent's).
    }
  }
  return ticks / clockTicks;
}

/** The largest VmHWM (peak resident set, MiB) among a process and its descendants, or 0. */
export function peakRssMib(root: number): number {
  let peak = 0;
  for (const pid of processTree(root)) {
    try {
      const kib = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      peak = Math.max(peak, kib / 1024);
    } catch {
      // Gone already.
    }
  }
  return peak;
}

export interface Finished {
  code: number | null;
  seconds: number;
  /** Peak resident memory of the largest process in the tree, MiB. */
  peakRssMib: number;
  /** User + system CPU seconds of the whole tree (GNU time only; NaN otherwise). */
  cpuSeconds: number;
  stdout: string;
  stderr: string;
}

const TIME = "/usr/bin/time";

/**
 * Runs `command` to completion. Peak memory comes from GNU time (the kernel's maxrss of the
 * largest waited-for descendant, so tsx's worker process counts), else from sampling /proc.
 */
export function runMeasured(command: string, args: string[], env: NodeJS.ProcessEnv, onLine?: (line: string) => void): Promise<Finished> {
  const useTime = existsSync(TIME);
  const started = performance.now();
  const child = useTime
    ? spawn(TIME, ["-f", "BENCH_MAXRSS_KB=%M BENCH_CPU_S=%U+%S", command, ...args], { env, stdio: ["ignore", "pipe", "pipe"] })
    : spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let sampled = 0;
  const sampler = useTime ? undefined : setInterval(() => (sampled = Math.max(sampled, peakRssMib(child.pid!))), 100);
  let stdout = "";
  let stderr = "";
  const lines = (chunk: string, pending: string) => {
    const all = pending + chunk;
    const parts = all.split("\n");
    const rest = parts.pop() ?? "";
    for (const line of parts) onLine?.(line);
    return rest;
  };
  let outPending = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    outPending = lines(chunk, outPending);
  });
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const stop = () => child.kill("SIGTERM");
  process.once("exit", stop);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      process.off("exit", stop);
      if (sampler) clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      const match = /BENCH_MAXRSS_KB=(\d+)/.exec(stderr);
      const peak = match ? Number(match[1]) / 1024 : sampled;
      const cpu = /BENCH_CPU_S=([\d.]+)\+([\d.]+)/.exec(stderr);
      const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN;
      resolve({ code, seconds, peakRssMib: peak, cpuSeconds, stdout, stderr: stderr.replace(/BENCH_MAXRSS_KB=.*\n?/, "") });
    });
  });
}

/** Kills a detached child's whole process group (the server may fork workers). */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}
