import { useCallback, useState } from "react";

/**
 * Which row dialog is open, for tables that open one dialog at a time from their rows.
 * The row outlives the close so the dialog keeps its content while it goes away.
 */
export function useRowAction<Kind extends string, Row>() {
  const [action, setAction] = useState<{ kind: Kind; row: Row; open: boolean } | null>(null);
  return {
    row: action?.row ?? null,
    open: useCallback((kind: Kind, row: Row) => setAction({ kind, row, open: true }), []),
    dialogProps: (kind: Kind) => ({
      open: action?.kind === kind && action.open,
      onOpenChange: (open: boolean) => {
        if (!open) setAction((current) => current && { ...current, open: false });
      },
    }),
  };
}
