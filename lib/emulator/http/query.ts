import { consoleError } from "./errors";

// Query parameters of the page-numbered console lists. Sizes above the documented maximum are
// clamped (tolerant); values that are not numbers at all, or beyond any real page, are a 400
// (a page number past 2^53 would reach SQLite as a value it cannot bind).

export interface PageQuery {
  current: number;
  size: number;
  offset: number;
}

const MAX_PAGE_NUMBER = 1_000_000_000;

function positiveInt(url: URL, name: string, fallback: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_NUMBER) {
    throw consoleError(
      400,
      "INVALID_PARAMETER",
      `${name} must be a positive integer up to ${MAX_PAGE_NUMBER}, got ${raw.slice(0, 40)}`,
    );
  }
  return value;
}

export function pageQuery(url: URL, defaultSize = 20, maxSize = 100): PageQuery {
  const current = positiveInt(url, "current", 1);
  const size = Math.min(positiveInt(url, "size", defaultSize), maxSize);
  return { current, size, offset: (current - 1) * size };
}

/** A trimmed, non-empty string parameter, or undefined. */
export function textParam(url: URL, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = url.searchParams.get(name)?.trim();
    if (value) return value.slice(0, 200);
  }
  return undefined;
}
