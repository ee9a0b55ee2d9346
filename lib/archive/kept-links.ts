import "server-only";
import { signedLinks } from "@/lib/api/signed-links";

// Links to a kept video, so a provider can fetch it back as an Edit/Extend source after its own
// copy is gone ("Use as input").
const keptLinks = signedLinks(
  "kept-video-link",
  (videoId) => `/api/videos/${encodeURIComponent(videoId)}/kept`,
);

export const signedKeptUrl = keptLinks.url;
export const checkKeptLink = keptLinks.check;
