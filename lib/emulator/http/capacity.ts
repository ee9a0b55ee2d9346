import type { MiddlewareHandler } from "hono";
import { scaled } from "../options";
import type { Services } from "../services";
import { createTenantUsage } from "../storage/tenant-usage";
import { createUsageRepo } from "../db/usage-repo";
import type { AppEnv } from "./app-env";
import { errorFor, familyOfPath } from "./errors";

// What one machine can hold, checked before a request that stores files or queues a render is
// read: the render queue has a bound (429 with Retry-After), every tenant a storage quota, and
// the disk a reserve (507 Insufficient Storage for either).

const STORING = /^\/emulator\/v1\/(assets|videos)\/?$/;

export function guardCapacity(services: Services): MiddlewareHandler<AppEnv> {
  const { config, scheduler } = services;
  const usage = createTenantUsage(createUsageRepo(services.db), services.layout);

  return async (c, next) => {
    const target = STORING.exec(c.req.path)?.[1];
    if (c.req.method !== "POST" || !target) return next();
    const family = familyOfPath(c.req.path);
    if (target === "videos" && scheduler.pending >= config.maxQueuedVideos) {
      const error = errorFor(family, 429, "queue_full", "The render queue is full; retry later");
      // Roughly when one place frees up: the shortest render, spread over the parallel slots.
      const seconds = Math.ceil(scaled(config, config.renderMinMs) / 1000 / config.renderConcurrency);
      error.details.headers = { "Retry-After": String(Math.min(300, Math.max(1, seconds))) };
      throw error;
    }
    if ((await usage.freeDiskBytes()) < config.minFreeDiskBytes) {
      throw errorFor(
        family,
        507,
        "insufficient_storage",
        "The server's disk is full; nothing new can be stored",
      );
    }
    if ((await usage.bytesOf(c.var.tenant.id)) >= config.tenantQuotaBytes) {
      throw errorFor(
        family,
        507,
        "storage_quota_exceeded",
        "This API key's storage quota is used up; delete assets or videos to make room",
      );
    }
    await next();
  };
}
