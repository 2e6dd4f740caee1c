import type { TargetReport } from './run-target.js';

/** The fuzz table: one row per target, then each failure with its counterexample and how to replay it. */
export function formatReports(reports: readonly TargetReport[], seconds: number): string {
  const header = ['target', 'cases', 'crashes', 'broken', 'hangs', 'slowest ms'];
  const rows = reports.map((r) => [r.target, String(r.cases), String(r.crashes), String(r.broken), String(r.hangs), r.slowestMs.toFixed(0)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  const failed = reports.filter((r) => r.failure !== null);
  const total = reports.reduce((n, r) => n + r.cases, 0);
  out.push('', `${total} cases in ${seconds.toFixed(1)} s; ${failed.length === 0 ? 'no crashes, broken invariants or hangs' : `${failed.length} target(s) failed`}`);
  for (const r of failed) {
    const f = r.failure!;
    out.push('', `✗ ${r.target} (${r.entry}): ${f.kind}${f.shrinks > 0 ? `, shrunk ${f.shrinks} times` : ''}`,
      `  error: ${f.error}`, `  counterexample: ${f.counterexample}`,
      `  replay: node dist/fuzz/run-fuzz.js --target ${r.target} --seed ${r.seed} --path ${f.path}`);
    for (const o of r.others) out.push(`  also ${o.count}× ${o.kind}: ${o.error} (first: --path ${o.path})`);
  }
  return out.join('\n');
}
