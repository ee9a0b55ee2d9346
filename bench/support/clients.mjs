import { EMULATOR_KEY } from "./server.mjs";

// The two ways the benchmarks talk to a server: the browser's API (/api, same-origin) and the
// embedded emulator over HTTP (/emulator/v1, with the benchmarks' key, which startServer adds to
// the app's tenant, so whatever is seeded there is what the app shows).

async function answer(response, what) {
  const body = await response.json().catch(() => null);
  if (!response.ok || (body && typeof body.code === "number" && body.code !== 0)) {
    throw new Error(`${what}: ${response.status} ${JSON.stringify(body)?.slice(0, 300)}`);
  }
  return body;
}

export function emulatorClient(url) {
  const headers = { authorization: `Bearer ${EMULATOR_KEY}` };
  return {
    async createGroup(name) {
      const body = await answer(
        await fetch(`${url}/emulator/v1/asset-groups`, {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify({ name, groupKind: "VIRTUAL_PORTRAIT" }),
        }),
        "create group",
      );
      return body.data.assetGroupId ?? body.data.groupId;
    },
    async upload(groupId, name, bytes, type = "image/jpeg") {
      const form = new FormData();
      form.append("groupId", groupId);
      form.append("name", name);
      form.append("file", new Blob([bytes], { type }), `${name}.jpg`);
      const body = await answer(
        await fetch(`${url}/emulator/v1/assets`, { method: "POST", headers, body: form }),
        "upload",
      );
      return body.data.assetId;
    },
    async assetTotal() {
      const body = await answer(await fetch(`${url}/emulator/v1/assets?size=1`, { headers }), "list");
      return body.data.total;
    },
    async video(id) {
      return answer(await fetch(`${url}/emulator/v1/videos/${id}`, { headers }), "video");
    },
  };
}

export function studioClient(url) {
  const post = async (path, body) =>
    answer(
      await fetch(`${url}${path}`, {
        method: "POST",
        headers: { origin: url, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      `POST ${path}`,
    );
  return {
    createGroup: (name) => post("/api/asset-groups", { name, kind: "VIRTUAL_PORTRAIT" }),
    createVideo: (request) => post("/api/videos", request),
    async video(id) {
      return answer(await fetch(`${url}/api/videos/${id}`), "video");
    },
    async waitForVideo(id, status = "completed", timeoutMs = 300_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const task = await this.video(id);
        if (task.status === status) return task;
        if (task.status === "failed") throw new Error(`video ${id} failed: ${JSON.stringify(task.error)}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`video ${id} did not reach ${status} in time`);
    },
  };
}

/** Runs `task(index)` for 0..count-1 with at most `concurrency` in flight. */
export async function pool(count, concurrency, task) {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
