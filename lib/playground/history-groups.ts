// The history with each group of takes as one entry, where its newest take stands; tasks of no
// group stay single entries. Pure, so the grouping is tested without rendering.

export type HistoryEntry<T> = { kind: "task"; task: T } | { kind: "takes"; groupId: string; tasks: T[] };

export function groupTakes<T extends { takeGroupId?: string | null }>(
  tasks: readonly T[],
): HistoryEntry<T>[] {
  const entries: HistoryEntry<T>[] = [];
  const groups = new Map<string, T[]>();
  for (const task of tasks) {
    const groupId = task.takeGroupId;
    if (!groupId) {
      entries.push({ kind: "task", task });
      continue;
    }
    const members = groups.get(groupId);
    if (members) members.push(task);
    else {
      const created = [task];
      groups.set(groupId, created);
      entries.push({ kind: "takes", groupId, tasks: created });
    }
  }
  return entries;
}
