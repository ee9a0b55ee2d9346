"use client";

import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { Check, ChevronDown, Loader2, Search } from "lucide-react";
import { useId, useState, type KeyboardEvent, type ReactNode } from "react";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { useDebouncedValue } from "@/components/ui/use-debounced";
import { errorMessage } from "@/lib/client/api-error";
import { assetGroupQuery, assetGroupSearchQuery } from "@/lib/queries/asset-groups";
import type { AssetGroup, GroupKind } from "@/lib/schemas/asset-group";
import { cn } from "@/lib/ui/cn";

export interface GroupChoice {
  disabled?: boolean;
  /** Shown after the name, e.g. why the group cannot be chosen. */
  hint?: ReactNode;
}

interface GroupComboboxProps {
  id?: string;
  /** The chosen group; undefined is the "all" choice (or nothing chosen yet). */
  value: string | undefined;
  onChange: (groupId: string | undefined) => void;
  /** The option under the pointer or the arrow keys, before it is chosen (e.g. to prefetch). */
  onHighlight?: (groupId: string | undefined) => void;
  /** Offered first, e.g. "All groups" for a filter; choosing it gives undefined. */
  allLabel?: string;
  placeholder?: string;
  kind?: GroupKind;
  describe?: (group: AssetGroup) => GroupChoice;
  disabled?: boolean;
  className?: string;
  "aria-describedby"?: string;
}

interface Option extends GroupChoice {
  value: string | undefined;
  label: string;
}

/**
 * Picks one asset group out of any number: the list is searched on the server as you type and
 * paged ("Load more groups"), so the 101st group is as reachable as the first. A button that
 * opens a search box over a listbox; arrows move, Enter chooses, Escape closes.
 */
export function GroupCombobox({
  id,
  value,
  onChange,
  onHighlight,
  allLabel,
  placeholder = "Choose a group",
  kind,
  describe,
  disabled,
  className,
  ...aria
}: GroupComboboxProps) {
  const listId = useId();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const keyword = useDebouncedValue(search.trim(), 250);
  const [active, setActive] = useState(0);
  const groups = useInfiniteQuery({
    ...assetGroupSearchQuery({ keyword: keyword || undefined, kind }),
    enabled: open || value !== undefined,
  });
  const loaded = groups.data?.pages.flatMap((page) => page.items) ?? [];
  const known = loaded.find((group) => group.id === value);
  // The chosen group may be beyond the loaded pages: its own query names it.
  const chosen = useQuery({ ...assetGroupQuery(value ?? "none"), enabled: value !== undefined && !known });
  const selectedLabel =
    value === undefined ? (allLabel ?? null) : (known?.name ?? chosen.data?.name ?? value);

  const optionsOf = (groupList: readonly AssetGroup[], text: string): Option[] => [
    ...(allLabel && !text ? [{ value: undefined, label: allLabel }] : []),
    ...groupList.map((group) => ({ value: group.id, label: group.name, ...describe?.(group) })),
  ];
  const options = optionsOf(loaded, keyword);
  const enabled = options.flatMap((option, index) => (option.disabled ? [] : [index]));
  const activeIndex = enabled.includes(active) ? active : (enabled[0] ?? -1);

  const highlight = (index: number) => {
    setActive(index);
    if (index !== activeIndex && options[index]) onHighlight?.(options[index].value);
  };
  const choose = (option: Option | undefined) => {
    if (!option || option.disabled) return;
    onChange(option.value);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const at = enabled.indexOf(activeIndex);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      highlight(enabled[Math.min(enabled.length - 1, Math.max(0, at + step))] ?? 0);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const text = search.trim();
      if (text === keyword && !groups.isFetching) return choose(options[activeIndex]);
      // Typed faster than the list followed: choose from the answer for exactly what was typed.
      void queryClient
        .fetchInfiniteQuery(assetGroupSearchQuery({ keyword: text || undefined, kind }))
        .then((answer) =>
          choose(
            optionsOf(
              answer.pages.flatMap((page) => page.items),
              text,
            ).find((option) => !option.disabled),
          ),
        )
        .catch(() => undefined);
    }
  };

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setSearch("");
        setActive(0);
      }}
    >
      <PopoverTrigger
        id={id}
        type="button"
        role="combobox"
        aria-expanded={open}
        aria-haspopup="listbox"
        aria-controls={open ? listId : undefined}
        disabled={disabled}
        className={cn(
          "border-border bg-surface inline-flex h-9 w-full items-center justify-between gap-2 rounded-md border px-3 text-left text-sm",
          "disabled:cursor-not-allowed disabled:opacity-60",
          className,
        )}
        {...aria}
      >
        <span className={cn("truncate", selectedLabel === null && "text-muted")}>
          {selectedLabel ?? placeholder}
        </span>
        <ChevronDown className="text-muted size-4 shrink-0" aria-hidden />
      </PopoverTrigger>
      <PopoverContent
        align="start"
        sideOffset={4}
        className="border-border bg-surface text-fg z-50 w-[min(var(--radix-popover-trigger-width),calc(100vw-2rem))] min-w-56 rounded-md border shadow-lg"
      >
        <div className="border-border flex items-center gap-2 border-b px-2">
          <Search className="text-muted size-4 shrink-0" aria-hidden />
          <input
            type="search"
            aria-label="Search groups"
            aria-controls={listId}
            aria-activedescendant={activeIndex >= 0 ? `${listId}-${activeIndex}` : undefined}
            placeholder="Search groups"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            className="h-9 w-full bg-transparent text-sm outline-none"
          />
        </div>
        <ul id={listId} role="listbox" aria-label="Asset groups" className="max-h-72 overflow-y-auto p-1">
          {options.map((option, index) => (
            <li
              key={option.value ?? "all"}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={option.value === value}
              aria-disabled={option.disabled || undefined}
              onClick={() => choose(option)}
              onMouseMove={() => (option.disabled ? undefined : highlight(index))}
              className={cn(
                "relative flex cursor-default items-center gap-2 rounded px-2 py-1.5 pr-8 text-sm select-none",
                index === activeIndex && "bg-surface-2",
                option.disabled && "opacity-50",
              )}
            >
              <span className="truncate">{option.label}</span>
              {option.hint ? <span className="text-muted shrink-0 text-xs">{option.hint}</span> : null}
              {option.value === value ? <Check className="absolute right-2 size-4" aria-hidden /> : null}
            </li>
          ))}
        </ul>
        <GroupListFooter
          loading={groups.isFetching}
          error={groups.error}
          empty={options.length === 0}
          keyword={keyword}
          total={groups.data?.pages[0]?.total}
          onLoadMore={
            groups.hasNextPage && !groups.isFetchingNextPage ? () => void groups.fetchNextPage() : null
          }
        />
      </PopoverContent>
    </Popover>
  );
}

interface FooterProps {
  loading: boolean;
  error: unknown;
  empty: boolean;
  keyword: string;
  total: number | undefined;
  onLoadMore: (() => void) | null;
}

/** How many groups there are, or why there are none, and "Load more groups" while more exist. */
function GroupListFooter({ loading, error, empty, keyword, total, onLoadMore }: FooterProps) {
  return (
    <div className="border-border text-muted flex items-center justify-between gap-2 border-t px-2 py-1.5 text-xs">
      <p role="status">
        {loading ? (
          <span className="inline-flex items-center gap-1">
            <Loader2 className="size-3 animate-spin" aria-hidden /> Loading groups…
          </span>
        ) : error ? (
          errorMessage(error)
        ) : empty ? (
          keyword ? (
            `No group matches “${keyword}”.`
          ) : (
            "No groups yet."
          )
        ) : total !== undefined ? (
          `${total.toLocaleString("en-US")} ${total === 1 ? "group" : "groups"}`
        ) : null}
      </p>
      {onLoadMore ? (
        <button
          type="button"
          className="text-accent font-medium underline-offset-2 hover:underline"
          onClick={onLoadMore}
        >
          Load more groups
        </button>
      ) : null}
    </div>
  );
}
