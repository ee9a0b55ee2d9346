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
  /** The error came from an attempt that is being retried on its own. */
  retrying?: boolean;
  errorTitle: string;
  empty: ReactNode;
  skeletonRows?: number;
}

// Dims the previous rows only when the next page is slow to come (over 300 ms), and undims at
// once: a quick filter change then costs no extra repaints of the whole table.
const STALE = "opacity-60 [transition:opacity_0s_linear_300ms]";

// Below the sm breakpoint each row becomes a card: the header row is kept for screen readers
// only, and every cell is a line led by its column's name, so a phone never scrolls sideways.
const STACKED_TABLE = "max-sm:block max-sm:[&_tbody]:block max-sm:[&_thead]:sr-only";
const STACKED_ROW = "max-sm:block max-sm:py-2";
const STACKED_CELL =
  "max-sm:flex max-sm:w-full max-sm:items-start max-sm:text-left max-sm:[&>*]:min-w-0 max-sm:gap-3 max-sm:py-1 max-sm:before:w-20 max-sm:before:shrink-0 max-sm:before:pt-0.5 max-sm:before:text-xs max-sm:before:text-muted max-sm:before:content-[attr(data-label)]";

/** The column's name as each stacked cell shows it (icon-only headers show nothing). */
const labelOf = <T,>(column: Column<T>) => (typeof column.header === "string" ? column.header : "");

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
  retrying = false,
  errorTitle,
  empty,
  skeletonRows = 5,
}: DataTableProps<T>) {
  const failure = error ? (
    <ErrorState title={errorTitle} error={error} onRetry={onRetry} retrying={retrying} />
  ) : null;
  // An error with nothing to show replaces the table; a failed background refresh keeps the rows.
  if (error && !rows) return failure;
  if (!isPending && rows?.length === 0) return <>{empty}</>;

  return (
    <div className="space-y-3">
      {failure}
      <Table aria-busy={isPending || isStale} className={cn(STACKED_TABLE, isStale && STALE)}>
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
                <TableRow key={index} className={STACKED_ROW}>
                  {columns.map((column) => (
                    <TableCell
                      key={column.id}
                      data-label={labelOf(column)}
                      className={cn(column.className, STACKED_CELL)}
                    >
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
    <TableRow className={STACKED_ROW}>
      {columns.map((column) => (
        <TableCell
          key={column.id}
          data-label={labelOf(column)}
          className={cn(column.className, STACKED_CELL)}
        >
          {column.cell(row)}
        </TableCell>
      ))}
    </TableRow>
  );
}) as <T>(props: { row: T; columns: readonly Column<T>[] }) => ReactNode;
