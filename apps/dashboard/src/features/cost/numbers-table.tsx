import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';

/** The numbers behind a chart, as a table (also the chart's accessible version). */
export function NumbersTable({
  label,
  columns,
  rows,
}: {
  label: string;
  columns: string[];
  rows: string[][];
}) {
  if (!rows.length) return <p className="text-sm text-muted-foreground">Nothing in this period.</p>;
  return (
    <div
      className="max-h-72 overflow-auto rounded-md border"
      tabIndex={0}
      role="region"
      aria-label={`${label} (table)`}
    >
      <Table aria-label={label}>
        <TableHeader>
          <TableRow>
            {columns.map((c, i) => (
              <TableHead key={c} className={i ? 'text-right' : undefined}>
                {c}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r, i) => (
            <TableRow key={i}>
              {r.map((v, j) => (
                <TableCell key={j} className={j ? 'text-right tabular-nums' : undefined}>
                  {v}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
