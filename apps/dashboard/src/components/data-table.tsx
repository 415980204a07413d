'use client';

import { getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { ChevronLeftIcon, ChevronRightIcon } from 'lucide-react';
import { parseAsString, useQueryStates } from 'nuqs';
import type { ReactNode } from 'react';
import { ErrorState, LoadingRows } from '@/components/states';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatNumber } from '@/lib/format';
import { cn } from '@/lib/utils';

export interface CursorPageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/**
 * A connection's page in the URL (?after=… or ?before=…): the variables for the API's cursor
 * pagination (first/after forward, last/before back), and the moves to the next and previous page.
 */
export function useCursorPage(prefix = '', size = 25) {
  const [state, setState] = useQueryStates(
    { [`${prefix}after`]: parseAsString, [`${prefix}before`]: parseAsString },
    { history: 'push' },
  );
  const after = state[`${prefix}after`] ?? null;
  const before = state[`${prefix}before`] ?? null;
  const variables = before ? { last: size, before } : { first: size, after: after ?? undefined };
  const reset = () => void setState({ [`${prefix}after`]: null, [`${prefix}before`]: null });
  return {
    variables,
    reset,
    /** the pager of a page the API answered (a page reached going back always has a next one) */
    pager: (connection: { pageInfo: CursorPageInfo; totalCount: number } | undefined): Pager | undefined =>
      connection && {
        totalCount: connection.totalCount,
        canNext: before ? true : connection.pageInfo.hasNextPage,
        canPrevious: before ? connection.pageInfo.hasPreviousPage : !!after,
        onNext: () =>
          void setState({
            [`${prefix}after`]: connection.pageInfo.endCursor ?? null,
            [`${prefix}before`]: null,
          }),
        onPrevious: () =>
          void setState({
            [`${prefix}before`]: connection.pageInfo.startCursor ?? null,
            [`${prefix}after`]: null,
          }),
      },
  };
}

export interface Pager {
  totalCount: number;
  canNext: boolean;
  canPrevious: boolean;
  onNext: () => void;
  onPrevious: () => void;
}

/**
 * A column's header or cell template, called as the render function it is. TanStack's flexRender
 * mounts a function as a component: pages build their columns on every render, so each render
 * would be a new component type, every cell would remount, and a focused link in the table would
 * lose its focus (and its focus ring) whenever the list re-renders. Cells hold no hooks of their own.
 */
function render<C>(template: unknown, context: C): ReactNode {
  return typeof template === 'function'
    ? (template as (c: C) => ReactNode)(context)
    : (template as ReactNode);
}

/** Column classes: `className` for the header and the cells, `cellClassName` for the cells only. */
export interface ColumnMeta {
  className?: string;
  cellClassName?: string;
}

interface DataTableProps<T> {
  /** the table's accessible name */
  label: string;
  columns: ColumnDef<T, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  rows: T[] | undefined;
  isPending: boolean;
  error?: Error | null;
  onRetry?: () => void;
  empty: ReactNode;
  /** a connection: prev/next buttons and the total */
  page?: Pager;
  rowKey: (row: T) => string;
  fetching?: boolean;
}

/** A TanStack table on shadcn's table, with its loading, empty and error states. */
export function DataTable<T>({
  label,
  columns,
  rows,
  isPending,
  error,
  onRetry,
  empty,
  page,
  rowKey,
  fetching,
}: DataTableProps<T>) {
  const table = useReactTable({
    data: rows ?? [],
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: rowKey,
    manualPagination: true,
  });
  if (error && !rows) return <ErrorState error={error} onRetry={onRetry} />;
  if (isPending) return <LoadingRows label={`Loading ${label.toLowerCase()}`} />;
  return (
    <div className="grid min-w-0 gap-3">
      <div
        className={cn('min-w-0 rounded-lg border bg-card transition-opacity', fetching && 'opacity-70')}
        aria-busy={fetching || undefined}
      >
        <Table aria-label={label}>
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id} className="hover:bg-transparent">
                {group.headers.map((header) => (
                  <TableHead
                    key={header.id}
                    className={(header.column.columnDef.meta as ColumnMeta | undefined)?.className}
                  >
                    {header.isPlaceholder
                      ? null
                      : render(header.column.columnDef.header, header.getContext())}
                  </TableHead>
                ))}
              </TableRow>
            ))}
          </TableHeader>
          <TableBody>
            {table.getRowModel().rows.length ? (
              table.getRowModel().rows.map((row) => (
                <TableRow key={row.id}>
                  {row.getVisibleCells().map((cell) => (
                    <TableCell
                      key={cell.id}
                      className={cn(
                        (cell.column.columnDef.meta as ColumnMeta | undefined)?.className,
                        (cell.column.columnDef.meta as ColumnMeta | undefined)?.cellClassName,
                      )}
                    >
                      {render(cell.column.columnDef.cell, cell.getContext())}
                    </TableCell>
                  ))}
                </TableRow>
              ))
            ) : (
              <TableRow className="hover:bg-transparent">
                <TableCell colSpan={columns.length} className="p-4">
                  {empty}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </div>
      {page && page.totalCount > 0 ? (
        <div className="flex items-center justify-between gap-2 text-sm text-muted-foreground">
          <span>{formatNumber(page.totalCount)} in all</span>
          <div className="flex gap-2">
            <Button variant="outline" size="sm" onClick={page.onPrevious} disabled={!page.canPrevious}>
              <ChevronLeftIcon aria-hidden /> Previous
            </Button>
            <Button variant="outline" size="sm" onClick={page.onNext} disabled={!page.canNext}>
              Next <ChevronRightIcon aria-hidden />
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
