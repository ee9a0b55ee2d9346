import { Hono } from "hono";
import type { AppEnv } from "../http/app-env";
import { htmlPage as html } from "../http/html-page";
import { readCapped } from "../http/read-body";
import type { Services } from "../services";
import { outcomePage, pendingPage } from "./verify-html";

// GET/POST /emulator/verify/:token - the Real Face link from `h5Link`
export function verifyRoutes(services: Services) {
  const { groups, config } = services;
  const app = new Hono<AppEnv>();

  app.get("/:token", (c) => {
    const now = config.now();
    const group = groups.byToken(c.req.param("token"), now);
    if (!group) return html(outcomePage("unknown"), 404);
    if (group.status === "expired") return html(outcomePage("expired"), 410);
    if (group.status !== "pending_validation") {
      return html(outcomePage(group.status === "active" ? "active" : "failed", group.name));
    }
    const secondsLeft = Math.max(0, Math.ceil(((group.h5_expires_at ?? now) - now) / 1000));
    return html(pendingPage(group.name, secondsLeft));
  });

  app.post("/:token", async (c) => {
    const now = config.now();
    const group = groups.byToken(c.req.param("token"), now);
    if (!group) return html(outcomePage("unknown"), 404);
    if (group.status === "expired") return html(outcomePage("expired"), 410);
    if (group.status !== "pending_validation") return html(outcomePage("decided", group.name), 409);
    const body = await readCapped(c.req.raw, 4096, "openai").catch(() => new Uint8Array());
    const decision = new URLSearchParams(Buffer.from(body).toString("utf8")).get("decision");
    if (decision !== "pass" && decision !== "fail") return html(outcomePage("invalid", group.name), 400);
    groups.setStatus(group.seq, decision === "pass" ? "active" : "failed", now);
    // Post/redirect/get: reloading the result page must not submit again.
    return c.redirect(c.req.url, 303);
  });

  return app;
}
