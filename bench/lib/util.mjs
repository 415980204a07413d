// Small helpers shared by the benchmark scripts: timing, percentiles, formatting, child processes.
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';

export const now = () => performance.now();
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A growable Float64Array of latency samples (milliseconds). */
export class Samples {
  constructor(cap = 1 << 16) {
    this.a = new Float64Array(cap);
    this.n = 0;
  }
  push(v) {
    if (this.n === this.a.length) {
      const b = new Float64Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
  summary() {
    const s = this.a.slice(0, this.n).sort();
    const q = (p) => (s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] : NaN);
    let sum = 0;
    for (const v of s) sum += v;
    return {
      count: s.length,
      mean: s.length ? sum / s.length : NaN,
      p50: q(0.5),
      p90: q(0.9),
      p99: q(0.99),
      max: s.length ? s[s.length - 1] : NaN,
    };
  }
}

export const fmt = (v, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : 'n/a');
export const ms = (v) => `${fmt(v, v < 10 ? 2 : 1)} ms`;

export function log(...args) {
  const t = new Date().toISOString().slice(11, 19);
  console.log(`[bench ${t}]`, ...args);
}

/** A free TCP port on 127.0.0.1 (the OS picks it; there is a small race, accepted for a benchmark). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Runs a command, streaming its output lines (prefixed) and collecting them; rejects on a non-zero exit. */
export function run(cmd, args, { prefix = '', env, quiet = false, timeoutMs = 600_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (buf) => {
      const text = buf.toString();
      out += text;
      if (!quiet) for (const line of text.split('\n')) if (line.trim()) console.log(`${prefix}${line}`);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${args.join(' ')} exited with ${code ?? signal}\n${out.slice(-2000)}`));
    });
  });
}

export function runSync(cmd, args) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export function envInt(name, def) {
  const v = process.env[name];
  if (v === undefined || v === '') return def;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${v}"`);
  return n;
}

export function envList(name, def) {
  const v = process.env[name];
  if (!v) return def;
  return v.split(',').map((x) => {
    const n = Number(x.trim());
    if (!Number.isInteger(n) || n <= 0)
      throw new Error(`${name} must be a comma-separated list of positive integers`);
    return n;
  });
}
