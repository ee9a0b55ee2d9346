import { memo, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";
import { ErrorState } from "./error-state";
import { Skeleton } from "./skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "./table";

export interface Column<T> {
  id: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Applied to both the header and the cells, e.g. a width or alignment. */
  className?: string;
  /** Shape of this column's placeholder while the first page loads. */
  skeleton?: string;
}

interface DataTableProps<T> {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[] | undefined;
  rowKey: (row: T) => string;
  isPending: boolean;
  /** Previous rows are shown while the next page loads: dimmed and marked busy. */
  isStale?: boolean;
  error: unknown;
  onRetry: () => void;
  errorTitle: string;
  empty: ReactNode;
  skeletonRows?: number;
}

// Dims the previous rows only when the next page is slow to come (over 300 ms), and undims at
// once: a quick filter change then costs no extra repaints of the whole table.
const STALE = "opacity-60 [transition:opacity_0s_linear_300ms]";

/** One table for every list in the app: loading rows, an error with retry, an empty state. */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  isPending,
  isStale = false,
  error,
  onRetry,
  errorTitle,
  empty,
  skeletonRows = 5,
}: DataTableProps<T>) {
  // An error with nothing to show replaces the table; a failed background refresh keeps the rows.
  if (error && !rows) return <ErrorState title={errorTitle} error={error} onRetry={onRetry} />;
  if (!isPending && rows?.length === 0) return <>{empty}</>;

  return (
    <div className="space-y-3">
      {error ? <ErrorState title={errorTitle} error={error} onRetry={onRetry} /> : null}
      <Table aria-busy={isPending || isStale} className={cn(isStale && STALE)}>
        <caption className="sr-only">{caption}</caption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHead key={column.id} className={column.className}>
                {column.header}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {isPending || !rows
            ? Array.from({ length: skeletonRows }, (_, index) => (
                <TableRow key={index}>
                  {columns.map((column) => (
                    <TableCell key={column.id} className={column.className}>
                      <Skeleton className={column.skeleton ?? "h-4 w-20"} />
                    </TableCell>
                  ))}
                </TableRow>
              ))
            : rows.map((row) => <DataRow key={rowKey(row)} row={row} columns={columns} />)}
        </TableBody>
      </Table>
    </div>
  );
}

/**
 * One row, skipped when neither its data nor the columns changed: filter and URL updates
 * re-render the table several times, and query results keep unchanged rows identical.
 */
const DataRow = memo(function DataRow<T>({ row, columns }: { row: T; columns: readonly Column<T>[] }) {
  return (
    <TableRow>
      {columns.map((column) => (
        <TableCell key={column.id} className={column.className}>
          {column.cell(row)}
        </TableCell>
      ))}
    </TableRow>
  );
}) as <T>(props: { row: T; columns: readonly Column<T>[] }) => ReactNode;
