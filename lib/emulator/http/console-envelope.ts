import { jsonAnswer } from "./json-answer";

// Family B success envelope (API.md §1.3): code 0, the payload in `data`.
export const consoleOk = <T>(data: T, msg = "OK") => jsonAnswer({ code: 0, data, msg, serviceCode: null });

export interface PageInfo {
  current: number;
  size: number;
  total: number;
}

/** Lists carry every shape clients read: list + records, total + pagination (API.md §1.4 item 2). */
export function consolePage<T>(items: T[], page: PageInfo) {
  const pages = Math.ceil(page.total / page.size);
  return consoleOk({
    list: items,
    records: items,
    total: page.total,
    current: page.current,
    size: page.size,
    pages,
    pagination: { current: page.current, size: page.size, total: page.total, pages },
  });
}
