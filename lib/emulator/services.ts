import type { AssetRepo } from "./db/assets-repo";
import type { GroupRepo } from "./db/groups-repo";
import type { Db } from "./db/open-database";
import type { TenantRepo } from "./db/tenants";
import type { VideoRepo } from "./db/videos-repo";
import type { Faults } from "./http/faults";
import type { Signer } from "./http/signed-urls";
import type { EmulatorConfig } from "./options";
import type { Layout } from "./storage/layout";
import type { VideoScheduler } from "./videos/scheduler";

/** Everything a route or background job needs, built once per emulator instance. */
export interface Services {
  config: EmulatorConfig;
  layout: Layout;
  db: Db;
  tenants: TenantRepo;
  groups: GroupRepo;
  assets: AssetRepo;
  videos: VideoRepo;
  signer: Signer;
  faults: Faults;
  scheduler: VideoScheduler;
}
