import { getArchiver } from "@/lib/archive/server";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { archiveUsageSchema } from "@/lib/schemas/archive";

// GET /api/archive - the space the kept copies of finished videos take, and the cap
export const GET = route({}, () => json(archiveUsageSchema, getArchiver().usage()));
