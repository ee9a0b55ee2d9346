import { ApiError } from "@/lib/errors/api-error";
import { signedMediaUrl } from "@/lib/api/media-links";
import { requestOrigin } from "@/lib/api/origin";
import { assetParamsSchema } from "@/lib/api/params";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { assetReferenceUrlSchema, NO_PUBLIC_URL_MESSAGE } from "@/lib/schemas/asset-reference";
import { getAssetFileUrl, getUpstream, toBrowserUrl } from "@/lib/token360";

// GET /api/assets/[assetId]/reference-url - a URL the provider can fetch an uploaded file from
// The provider's own link when its record has one; else a signed link of ours under PUBLIC_URL.
export const GET = route({ params: assetParamsSchema }, async ({ params, request }) => {
  const upstreamUrl = await getAssetFileUrl(params.assetId);
  if (upstreamUrl) {
    const relative = toBrowserUrl(upstreamUrl, getUpstream());
    const url = relative.startsWith("/") ? `${requestOrigin(request)}${relative}` : upstreamUrl;
    return json(assetReferenceUrlSchema, { url, servedByApp: false });
  }
  const signed = signedMediaUrl(params.assetId);
  if (!signed) throw new ApiError("conflict", NO_PUBLIC_URL_MESSAGE);
  return json(assetReferenceUrlSchema, { url: signed, servedByApp: true });
});
