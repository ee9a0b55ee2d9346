import { json } from "@/lib/api/respond";
import { providerModels } from "@/lib/api/provider-info";
import { route } from "@/lib/api/route";
import { modelListSchema } from "@/lib/schemas/model";

// Read at request time: the list follows the running server's provider, never the build's.
export const dynamic = "force-dynamic";

// GET /api/models - the video models the console offers and what each supports
export const GET = route({}, () => json(modelListSchema, { items: providerModels() }));
