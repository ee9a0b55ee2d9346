// @vitest-environment node
import { describe, expect, it } from "vitest";
import { arkTaskProvider } from "@/lib/ark/task-provider";
import { arkUpstreamOf } from "@/lib/ark/upstream";
import { parseEnv } from "@/lib/env-schema";

type Seen = { method: string; url: string; auth: string | null; body: unknown };

/** A provider double at the fetch boundary: answers in order, records what was sent. */
function stub(answers: Response[]) {
  const seen: Seen[] = [];
  const fetchImpl = async (input: string, init: RequestInit) => {
    const headers = new Headers(init.headers);
    seen.push({
      method: init.method ?? "GET",
      url: input,
      auth: headers.get("authorization"),
      body: typeof init.body === "string" ? (JSON.parse(init.body) as unknown) : null,
    });
    const next = answers.shift();
    if (!next) throw new Error("no answer left");
    return next;
  };
  const settings = parseEnv({
    VIDEO_PROVIDER: "ark",
    ARK_API_KEY: "ark-test-key-123",
    ARK_PRESET: "volcengine",
  }).ark!;
  const upstream = arkUpstreamOf(settings, fetchImpl);
  upstream.retry = { ...upstream.retry, sleep: async () => undefined };
  return { seen, provider: arkTaskProvider(upstream) };
}

describe("the native Seedance client", () => {
  it("creates a task with the provider's model id and the key, and reads {id} as a queued task", async () => {
    const { seen, provider } = stub([Response.json({ id: "cgt-20260606160057-6bbjd" })]);
    const record = await provider.createTask({ model: "seedance-2.0-fast", prompt: "Waves", duration: 5 });
    expect(record).toMatchObject({ id: "cgt-20260606160057-6bbjd", status: "queued", prompt: "Waves" });
    expect(seen[0]).toEqual({
      method: "POST",
      url: "https://ark.cn-beijing.volces.com/api/v3/contents/generations/tasks",
      auth: "Bearer ark-test-key-123",
      body: {
        model: "doubao-seedance-2-0-fast-260128",
        content: [{ type: "text", text: "Waves" }],
        duration: 5,
      },
    });
  });

  it("never retries a create, and explains the provider's refusal", async () => {
    const { seen, provider } = stub([
      Response.json({ error: { code: "AccountOverdueError", message: "overdue" } }, { status: 403 }),
    ]);
    await expect(provider.createTask({ model: "seedance-2.0", prompt: "x" })).rejects.toMatchObject({
      code: "insufficient_balance",
    });
    expect(seen).toHaveLength(1);
  });

  it("retries a GET after a 503 and reports a task the provider no longer has as gone", async () => {
    const { seen, provider } = stub([
      new Response("busy", { status: 503 }),
      Response.json({ error: { code: "ResourceNotFound", message: "task not found" } }, { status: 404 }),
    ]);
    expect(await provider.getTask("cgt-1")).toBeNull();
    expect(seen.map((s) => s.method)).toEqual(["GET", "GET"]);
  });

  it("says that a running task cannot be deleted without asking the provider", async () => {
    const { seen, provider } = stub([]);
    await expect(provider.deleteTask("cgt-1", "in_progress")).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/cannot stop a task that is already running/),
    });
    expect(seen).toHaveLength(0);
  });

  it("cancels a queued task with DELETE", async () => {
    const { seen, provider } = stub([new Response(null, { status: 200 })]);
    await provider.deleteTask("cgt-1", "queued");
    expect(seen[0]?.method).toBe("DELETE");
    expect(seen[0]?.url).toMatch(/\/contents\/generations\/tasks\/cgt-1$/);
  });

  it("has no list: the task index is the history", () => {
    expect(stub([]).provider.listTasks).toBeUndefined();
  });
});
