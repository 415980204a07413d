/** An audit entry's before and after (JSON snapshots), field by field, changed fields first. */
export function AuditDiff({ before, after }: { before: string | null; after: string | null }) {
  const b = parse(before);
  const a = parse(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows = keys
    .map((k) => ({ key: k, before: show(b[k]), after: show(a[k]) }))
    .sort((x, y) => Number(x.before === x.after) - Number(y.before === y.after));
  const changed = rows.filter((r) => r.before !== r.after).length;
  if (!rows.length) return <span className="text-muted-foreground">no details</span>;
  return (
    <details className="group">
      <summary className="cursor-pointer rounded-sm text-sm text-primary select-none">
        {changed ? `${changed} field${changed === 1 ? '' : 's'} changed` : 'no field changed'}
        {!before ? ' (created)' : !after ? ' (removed)' : ''}
      </summary>
      <table className="mt-2 w-full min-w-80 text-xs">
        <thead>
          <tr className="text-left text-muted-foreground">
            <th className="py-1 pr-2 font-medium">Field</th>
            <th className="py-1 pr-2 font-medium">Before</th>
            <th className="py-1 font-medium">After</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.before !== r.after ? 'bg-warning/10' : 'text-muted-foreground'}>
              <td className="py-1 pr-2 align-top font-mono">{r.key}</td>
              <td className="py-1 pr-2 align-top font-mono break-all">{r.before}</td>
              <td className="py-1 align-top font-mono break-all">{r.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function parse(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : { value };
  } catch {
    return { value: json };
  }
}

function show(v: unknown): string {
  if (v === undefined) return '—';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}
