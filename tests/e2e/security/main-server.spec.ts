import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { recordingServer } from "../../unit/security/support";
import { raw } from "./support/servers";

// The suite's own server, as `npm start` runs it with no password (the default): what a page
// on another site, a DNS-rebinding page or anyone on the network can and cannot do to it.

const dataDir = () => path.resolve(process.env.E2E_DATA_DIR!);

test.describe("the allowed hosts (item 3: DNS rebinding)", () => {
  test("a request naming another host is refused before any route, pages, API and emulator alike", async ({
    baseURL,
  }) => {
    for (const [method, target] of [
      ["GET", "/api/health"],
      ["GET", "/playground"],
      ["GET", "/api/assets"],
      ["GET", "/emulator/v1/models"],
      // Outside proxy.ts's matcher (large bodies): the route wrapper and the emulator route check.
      ["POST", "/api/assets"],
      ["POST", "/emulator/v1/videos"],
    ]) {
      const answer = await raw(baseURL!, target!, {
        method,
        headers: { host: "rebind.evil.example", "sec-fetch-site": "same-origin" },
      });
      expect(answer.status, `${method} ${target}`).toBe(403);
    }
  });

  test("a rebinding page cannot create anything even though its requests look same-origin", async ({
    baseURL,
  }) => {
    const answer = await raw(baseURL!, "/api/asset-groups", {
      method: "POST",
      headers: {
        host: `rebind.evil.example:${new URL(baseURL!).port}`,
        origin: `http://rebind.evil.example:${new URL(baseURL!).port}`,
        "sec-fetch-site": "same-origin",
        "content-type": "application/json",
      },
      body: JSON.stringify({ name: "Planted", kind: "VIRTUAL_PORTRAIT" }),
    });
    expect(answer.status).toBe(403);
  });

  test("the loopback names are served on any port", async ({ baseURL }) => {
    const port = new URL(baseURL!).port;
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, "localhost"]) {
      expect((await raw(baseURL!, "/api/health", { headers: { host } })).status, host).toBe(200);
    }
  });
});

test.describe("forwarded headers without TRUST_PROXY (item 8)", () => {
  test("X-Forwarded-Host neither makes a cross-site POST same-origin nor passes the host check", async ({
    baseURL,
  }) => {
    const crossSite = await raw(baseURL!, "/api/asset-groups", {
      method: "POST",
      headers: {
        host: new URL(baseURL!).host,
        origin: "https://evil.example",
        "x-forwarded-host": "evil.example",
        "content-type": "application/json",
      },
      body: JSON.stringify({ name: "Planted", kind: "VIRTUAL_PORTRAIT" }),
    });
    expect(crossSite.status).toBe(403);
    const disguised = await raw(baseURL!, "/api/health", {
      headers: { host: "rebind.evil.example", "x-forwarded-host": "localhost" },
    });
    expect(disguised.status).toBe(403);
  });
});

test.describe("the emulator's HTTP surface (item 1)", () => {
  test("the old public key no longer opens the app's library", async ({ request }) => {
    const name = `Private ${Date.now()}`;
    const created = await request.post("/api/asset-groups", {
      headers: { "sec-fetch-site": "same-origin" },
      data: { name, kind: "VIRTUAL_PORTRAIT" },
    });
    expect(created.status()).toBe(201);
    const listed = await request.get(`/emulator/v1/asset-groups?keyword=${encodeURIComponent(name)}`, {
      headers: { authorization: "Bearer sk-portrait-studio-local-emulator" },
    });
    expect(listed.status()).toBe(200);
    expect(JSON.stringify(await listed.json())).not.toContain(name);
  });

  test("the app's own key is generated, private to the server's user, and refused over HTTP", async ({
    request,
  }) => {
    const file = path.join(dataDir(), "secrets", "emulator-app-key");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const key = (await readFile(file, "utf8")).trim();
    expect(key).toMatch(/^sk-[A-Za-z0-9_-]{40,}$/);
    const answer = await request.get("/emulator/v1/asset-groups", {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(answer.status()).toBe(401);
  });
});

test.describe("the emulator's admin routes (item 7)", () => {
  const adminToken = async () =>
    (await readFile(path.join(dataDir(), "secrets", "emulator-admin-token"), "utf8")).trim();

  test("refuse a cross-site wipe even with the token, and any request without it", async ({ request }) => {
    const token = await adminToken();
    const crossSite = await request.post("/emulator/_admin/reset", {
      headers: { "x-admin-token": token, "sec-fetch-site": "cross-site", "content-type": "text/plain" },
      data: '{"wipe":true}',
    });
    expect(crossSite.status()).toBe(403);
    const noToken = await request.post("/emulator/_admin/reset", {
      headers: { "content-type": "text/plain" },
      data: '{"wipe":true}',
    });
    expect(noToken.status()).toBe(401);
    const read = await request.get("/emulator/_admin/faults", { headers: { "x-admin-token": token } });
    expect(read.status()).toBe(200);
  });
});

test.describe("outside URLs (item 2)", () => {
  test("a first frame on a loopback address is never fetched, and the task says only that it failed", async ({
    request,
  }) => {
    const frame = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#336" } })
      .png()
      .toBuffer();
    const local = await recordingServer(() => ({
      status: 200,
      headers: { "content-type": "image/png" },
      body: frame,
    }));
    try {
      const created = await request.post("/api/videos", {
        headers: { "sec-fetch-site": "same-origin" },
        data: {
          model: "seedance-2.0-fast",
          prompt: "A probe",
          duration: 4,
          resolution: "480p",
          frame_images: [
            { type: "image_url", frame_type: "first_frame", image_url: { url: `${local.url}/frame.png` } },
          ],
        },
      });
      expect(created.status()).toBe(201);
      const id = ((await created.json()) as { id: string }).id;
      await expect
        .poll(
          async () => ((await (await request.get(`/api/videos/${id}`)).json()) as { status: string }).status,
          {
            timeout: 30_000,
          },
        )
        .toBe("failed");
      const task = (await (await request.get(`/api/videos/${id}`)).json()) as { error: { message: string } };
      expect(task.error.message).not.toContain(new URL(local.url).port);
      expect(local.hits).toEqual([]);
    } finally {
      await local.close();
    }
  });
});

test.describe("the Content-Security-Policy of pages (item 11)", () => {
  test("carries a fresh nonce per request, the theme script has it, and no 'unsafe-inline' for scripts", async ({
    request,
  }) => {
    const nonces = [];
    for (let i = 0; i < 2; i += 1) {
      const page = await request.get("/playground");
      const policy = page.headers()["content-security-policy"] ?? "";
      const scripts = policy.split(";").find((part) => part.trim().startsWith("script-src")) ?? "";
      expect(scripts).not.toContain("'unsafe-inline'");
      const nonce = /'nonce-([^']+)'/.exec(scripts)?.[1];
      expect(nonce, policy).toBeTruthy();
      const html = await page.text();
      expect(html).toContain(`<script nonce="${nonce}">(function(){try{var t=localStorage`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  test("the app hydrates with no policy errors, and an injected inline script does not run", async ({
    page,
  }) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto("/playground");
    await expect(page.getByRole("heading", { level: 1, name: "Playground" })).toBeVisible();
    // Hydrated: a client-side handler works.
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.getByRole("button", { name: "Switch to light theme" }).click();
    expect(problems).toEqual([]);

    // A script smuggled into the HTML (what a stored XSS would do) carries no nonce: it must not
    // run, nor may an inline event handler.
    await page.route(
      (url) => url.pathname === "/assets",
      async (route) => {
        const response = await route.fetch();
        const injected = (await response.text()).replace(
          "</body>",
          '<script>window.__injected = true</script><img src="/none.png" onerror="window.__handler = true"></body>',
        );
        await route.fulfill({ response, body: injected });
      },
    );
    await page.goto("/assets");
    await expect(page.getByRole("heading", { level: 1, name: "Assets" })).toBeVisible();
    const ran = await page.evaluate(() => {
      const flags = window as unknown as { __injected?: boolean; __handler?: boolean };
      return { script: flags.__injected === true, handler: flags.__handler === true };
    });
    expect(ran).toEqual({ script: false, handler: false });
  });
});
