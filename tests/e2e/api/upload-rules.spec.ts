import { request as httpRequest } from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectApiError, SAME_ORIGIN } from "./support/api";
import { solidPng } from "./support/images";

// POST /api/assets refuses bad uploads before anything reaches the upstream, each with a
// 4xx in the one error shape.

const MAX = 30 * 1024 * 1024;

async function portraitGroup(request: APIRequestContext): Promise<string> {
  const response = await request.post("/api/asset-groups", {
    headers: SAME_ORIGIN,
    data: { name: `Upload rules ${Date.now()}`, kind: "VIRTUAL_PORTRAIT" },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const file = (buffer: Buffer, name = "image.png", mimeType = "image/png") => ({ name, mimeType, buffer });

test.describe("upload rules", () => {
  let groupId: string;
  test.beforeAll(async ({ request }) => {
    groupId = await portraitGroup(request);
  });

  test("a text file dressed up as a PNG is refused as unsupported (415)", async ({ request }) => {
    const fake = Buffer.from("<html><script>alert(1)</script></html>".repeat(50));
    const response = await request.post("/api/assets", {
      headers: SAME_ORIGIN,
      multipart: { groupId, file: file(fake) },
    });
    expect((await expectApiError(response, 415)).code).toBe("unsupported_media_type");
  });

  test("a GIF is refused as unsupported (415)", async ({ request }) => {
    const gif = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");
    const response = await request.post("/api/assets", {
      headers: SAME_ORIGIN,
      multipart: { groupId, file: file(gif, "a.gif", "image/gif") },
    });
    await expectApiError(response, 415);
  });

  test("an image below 300 px is refused with the limit named (400)", async ({ request }) => {
    const response = await request.post("/api/assets", {
      headers: SAME_ORIGIN,
      multipart: { groupId, file: file(await solidPng(200, 400)) },
    });
    expect((await expectApiError(response, 400)).message).toMatch(/each side must be at least 300 px/);
  });

  test("an image wider than 2.5:1 is refused with the limit named (400)", async ({ request }) => {
    const response = await request.post("/api/assets", {
      headers: SAME_ORIGIN,
      multipart: { groupId, file: file(await solidPng(1600, 400)) },
    });
    expect((await expectApiError(response, 400)).message).toMatch(/aspect ratio/);
  });

  test("a file over the size cap is refused (413)", async ({ request }) => {
    const big = Buffer.concat([await solidPng(400, 400), Buffer.alloc(MAX + 1024, 1)]);
    const response = await request.post("/api/assets", {
      headers: SAME_ORIGIN,
      multipart: { groupId, file: file(big) },
    });
    await expectApiError(response, 413);
  });

  test("a chunked body over the size cap is refused too (413)", async ({ baseURL }) => {
    const boundary = "----capcheck";
    const head = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="groupId"\r\n\r\n${groupId}\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      await solidPng(400, 400),
    ]);
    const url = new URL("/api/assets", baseURL);
    const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        url,
        {
          method: "POST",
          headers: {
            ...SAME_ORIGIN,
            "content-type": `multipart/form-data; boundary=${boundary}`,
            "transfer-encoding": "chunked",
          },
        },
        (res) => {
          let body = "";
          res.on("data", (chunk: Buffer) => (body += chunk.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", (error) =>
        error.message.includes("EPIPE") || error.message.includes("ECONNRESET") ? undefined : reject(error),
      );
      req.write(head);
      const chunk = Buffer.alloc(1024 * 1024, 2);
      let sent = 0;
      const pump = () => {
        while (sent < MAX + 4 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        req.end(`\r\n--${boundary}--\r\n`);
      };
      pump();
    });
    expect(status.status).toBe(413);
    expect(JSON.parse(status.body)).toMatchObject({ error: { code: "payload_too_large" } });
  });

  test("an upload without a file is refused (400)", async ({ request }) => {
    const response = await request.post("/api/assets", {
      headers: SAME_ORIGIN,
      multipart: { groupId, name: "nothing" },
    });
    await expectApiError(response, 400);
  });

  test("an unknown form field is refused (400)", async ({ request }) => {
    const response = await request.post("/api/assets", {
      headers: SAME_ORIGIN,
      multipart: { groupId, admin: "1", file: file(await solidPng(400, 400)) },
    });
    await expectApiError(response, 400);
  });

  test("a traversal-like group id is refused (400)", async ({ request }) => {
    const response = await request.post("/api/assets", {
      headers: SAME_ORIGIN,
      multipart: { groupId: "../../etc", file: file(await solidPng(400, 400)) },
    });
    await expectApiError(response, 400);
  });

  test("a group that does not exist is refused (400)", async ({ request }) => {
    const response = await request.post("/api/assets", {
      headers: SAME_ORIGIN,
      multipart: { groupId: "grp_doesnotexist", file: file(await solidPng(400, 400)) },
    });
    await expectApiError(response, 400);
  });

  test("a retention on a portrait group is refused (400)", async ({ request }) => {
    const response = await request.post("/api/assets", {
      headers: SAME_ORIGIN,
      multipart: { groupId, retention: "7", file: file(await solidPng(400, 400)) },
    });
    expect((await expectApiError(response, 400)).message).toMatch(/No fixed expiry/);
  });

  test("a JSON body is refused as unsupported (415)", async ({ request }) => {
    const response = await request.post("/api/assets", { headers: SAME_ORIGIN, data: { groupId } });
    await expectApiError(response, 415);
  });

  test("a cross-site upload is refused (403)", async ({ request }) => {
    const response = await request.post("/api/assets", {
      headers: { "sec-fetch-site": "cross-site" },
      multipart: { groupId, file: file(await solidPng(400, 400)) },
    });
    expect((await expectApiError(response, 403)).code).toBe("forbidden_origin");
  });

  test("an upload into a Real Face group that is not verified yet is refused (409)", async ({ request }) => {
    const created = await request.post("/api/asset-groups", {
      headers: SAME_ORIGIN,
      data: { name: `RF ${Date.now()}`, kind: "REAL_FACE" },
    });
    const realFace = ((await created.json()) as { id: string }).id;
    const response = await request.post("/api/assets", {
      headers: SAME_ORIGIN,
      multipart: { groupId: realFace, file: file(await solidPng(400, 400)) },
    });
    expect((await expectApiError(response, 409)).code).toBe("asset_group_not_active");
  });
});
