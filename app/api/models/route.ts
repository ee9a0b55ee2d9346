import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { modelListSchema } from "@/lib/schemas/model";
import { MODEL_CAPABILITIES } from "@/lib/video/capabilities";

// GET /api/models - the video models the console offers and what each supports
export const GET = route({}, () => json(modelListSchema, { items: Object.values(MODEL_CAPABILITIES) }));
