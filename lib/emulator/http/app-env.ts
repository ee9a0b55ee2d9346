import type { Tenant } from "../db/tenants";

/** Per-request values set by middleware. `origin` builds every absolute URL we hand out. */
export type AppEnv = { Variables: { tenant: Tenant; origin: string } };
