import { expect, it } from "vitest";
import { groupTakes } from "@/lib/playground/history-groups";

it("shows each group of takes once, where its newest take stands, and single tasks as they are", () => {
  const tasks = [
    { id: "c3", takeGroupId: "tg_c" },
    { id: "solo1", takeGroupId: null },
    { id: "c2", takeGroupId: "tg_c" },
    { id: "c1", takeGroupId: "tg_c" },
    { id: "solo2" },
    { id: "b1", takeGroupId: "tg_b" },
  ];
  expect(groupTakes(tasks)).toEqual([
    { kind: "takes", groupId: "tg_c", tasks: [tasks[0], tasks[2], tasks[3]] },
    { kind: "task", task: tasks[1] },
    { kind: "task", task: tasks[4] },
    { kind: "takes", groupId: "tg_b", tasks: [tasks[5]] },
  ]);
});
