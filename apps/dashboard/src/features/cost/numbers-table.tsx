'use client';

import { DownloadIcon } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';

const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The table as a CSV file the browser downloads (the view's export: the numbers as shown). */
function downloadCsv(label: string, columns: string[], rows: string[][]) {
  const text = [columns, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The numbers behind a chart, as a table (also the chart's accessible version), with its CSV. */
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
    <div className="grid gap-2">
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
      <div>
        <Button type="button" variant="outline" size="sm" onClick={() => downloadCsv(label, columns, rows)}>
          <DownloadIcon aria-hidden /> CSV: {label}
        </Button>
      </div>
    </div>
  );
}
