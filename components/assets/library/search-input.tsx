"use client";

import { Search, X } from "lucide-react";
import { useState } from "react";
import { Input } from "@/components/ui/field";
import { useDebouncedCallback } from "@/components/ui/use-debounced";

/**
 * Short enough to feel instant, long enough to skip most letters typed in a burst. Searching is
 * cheap (an index), a newer search cancels the older request, and the previous rows stay on
 * screen meanwhile, so asking a little more often costs little.
 */
const SEARCH_DEBOUNCE_MS = 80;

/** Search by name or asset ID: typed freely, committed after a pause. */
export function SearchInput({ value, onCommit }: { value: string; onCommit: (value: string) => void }) {
  const [draft, setDraft] = useState(value);
  // What this input last sent to the URL, to tell our own round trips from outside changes.
  const [committed, setCommitted] = useState(value);
  const commit = useDebouncedCallback((next: string) => {
    // Runs with the latest render's draft: text cleared meanwhile (Clear filters) is not revived.
    if (next !== draft) return;
    setCommitted(next.trim());
    onCommit(next.trim());
  }, SEARCH_DEBOUNCE_MS);

  // The URL changed from elsewhere (Clear filters, Back): show it. Our own commits are already shown.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== committed) {
      setCommitted(value);
      setDraft(value);
    }
  }

  return (
    <div className="relative w-full sm:w-72">
      <Search
        className="text-muted pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2"
        aria-hidden
      />
      <Input
        type="search"
        aria-label="Search assets by name or asset ID"
        placeholder="Search by name or asset ID"
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          commit(event.target.value);
        }}
        className="pr-8 pl-8 [&::-webkit-search-cancel-button]:hidden"
      />
      {draft ? (
        <button
          type="button"
          aria-label="Clear search"
          onClick={() => {
            setDraft("");
            setCommitted("");
            onCommit("");
          }}
          className="text-muted hover:text-fg hover:bg-surface-2 absolute top-1/2 right-1.5 -translate-y-1/2 rounded p-1"
        >
          <X className="size-3.5" aria-hidden />
        </button>
      ) : null}
    </div>
  );
}
