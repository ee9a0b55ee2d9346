import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { createAssetRepo } from "./db/assets-repo";
import { createGroupRepo } from "./db/groups-repo";
import { openDatabase, signingSecret } from "./db/open-database";
import { createTenantRepo } from "./db/tenants";
import { createVideoRepo, type VideoRow } from "./db/videos-repo";
import { createApp } from "./http/create-app";
import { apiError, errorResponse } from "./http/errors";
import { createFaults } from "./http/faults";
import { createSigner } from "./http/signed-urls";
import { resolveConfig, type Emulator, type EmulatorOptions } from "./options";
import type { Services } from "./services";
import { BUCKETS, createLayout } from "./storage/layout";
import { createVideoScheduler } from "./videos/scheduler";
import { videoObject } from "./videos/video-record";
import { createWebhooks } from "./videos/webhooks";

/** Builds an emulator on a data dir; unfinished renders and webhooks from a previous run resume. */
export function createEmulator(options: EmulatorOptions): Emulator {
  const config = resolveConfig(options);
  const layout = createLayout(config.dataDir);
  const db = openDatabase(layout.dbPath);
  const videos = createVideoRepo(db);
  const assets = createAssetRepo(db);
  const signer = createSigner(signingSecret(db), config.now);
  const faults = createFaults(config);
  // The webhook envelope of API.md §4.6; URLs are built on the origin the task was submitted to.
  const payloadFor = (row: VideoRow) => {
    const data = videoObject(row, signer, row.origin);
    return { request_id: data.request_id, video_id: row.video_id, status: row.status, data };
  };
  const webhooks = createWebhooks({ config, videos, payloadFor });
  const scheduler = createVideoScheduler({ config, layout, videos, assets, faults, webhooks });
  const tenants = createTenantRepo(db, config.now);
  if (options.moveTenant) tenants.moveKey(options.moveTenant.fromKey, options.moveTenant.toKey);
  const services: Services = {
    config,
    layout,
    db,
    tenants,
    groups: createGroupRepo(db),
    assets,
    videos,
    signer,
    faults,
    scheduler,
  };

  async function wipe() {
    for (const row of videos.unfinished()) await scheduler.cancel(row.video_id);
    db.exec("DELETE FROM videos; DELETE FROM assets; DELETE FROM asset_groups; DELETE FROM tenants;");
    for (const bucket of BUCKETS) {
      const dir = path.join(layout.root, "files", bucket);
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
    }
  }

  const app = createApp(services, wipe);
  scheduler.resume();
  webhooks.resume();

  let closing: Promise<void> | null = null;
  return {
    async fetch(request) {
      if (closing)
        return errorResponse(apiError(503, "The emulator is shutting down", { code: "unavailable" }));
      return app.fetch(request);
    },
    close() {
      closing ??= (async () => {
        await scheduler.close();
        await webhooks.close();
        db.close();
      })();
      return closing;
    },
  };
}
