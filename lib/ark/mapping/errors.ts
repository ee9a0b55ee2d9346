import { ApiError, type ErrorCode } from "@/lib/errors/api-error";

// Error codes of the native API (UPSTREAM.md §1.8) as messages a creator can act on. Codes are
// matched by prefix so `SensitiveContentDetected.Violence` or `InvalidParameter.Ratio` find
// their family; the provider's own words follow in brackets where they add something.

interface Explained {
  code: ErrorCode;
  message: string;
}

const RULES: { prefix: string; explain: (label: string) => Explained }[] = [
  {
    prefix: "InputImageSensitiveContentDetected.PrivacyInformation",
    explain: (label) => ({
      code: "validation_error",
      message: `${label} found what looks like a real person in an input image. Use a Virtual Portrait or an image without a real face.`,
    }),
  },
  {
    prefix: "InputVideoSensitiveContentDetected.PrivacyInformation",
    explain: (label) => ({
      code: "validation_error",
      message: `${label} found what looks like a real person in an input video. Use a clip without a real face.`,
    }),
  },
  ...["InputTextSensitiveContentDetected", "InputTextRiskDetection"].map((prefix) => ({
    prefix,
    explain: (label: string): Explained => ({
      code: "validation_error",
      message: `${label}'s moderation refused the prompt. Rephrase it and try again.`,
    }),
  })),
  ...[
    "InputImageSensitiveContentDetected",
    "InputImageRiskDetection",
    "InputVideoSensitiveContentDetected",
  ].map((prefix) => ({
    prefix,
    explain: (label: string): Explained => ({
      code: "validation_error",
      message: `${label}'s moderation refused one of the input files. Try other images or clips.`,
    }),
  })),
  ...[
    "SensitiveContentDetected",
    "OutputTextRiskDetection",
    "OutputImageRiskDetection",
    "ContentSecurityDetectionError",
    "OutputVideoSensitiveContentDetected",
    "OutputAudioSensitiveContentDetected",
  ].map((prefix) => ({
    prefix,
    explain: (label: string): Explained => ({
      code: "validation_error",
      message: `${label}'s moderation stopped this video. Change the prompt or inputs; if only the sound was flagged, turn generated audio off.`,
    }),
  })),
  {
    prefix: "AuthenticationError",
    explain: (label) => ({
      code: "upstream_error",
      message: `${label} refused the server's API key. Check ARK_API_KEY.`,
    }),
  },
  {
    prefix: "AccountOverdueError",
    explain: (label) => ({
      code: "insufficient_balance",
      message: `The ${label} account has no balance left (or no Seedance resource pack). Top it up, then try again.`,
    }),
  },
  {
    prefix: "AccessDenied",
    explain: (label) => ({
      code: "forbidden",
      message: `This key may not use the model on ${label}. Enable the model for the key (LaoZhang: token group SeeDance2).`,
    }),
  },
  {
    prefix: "InvalidEndpoint",
    explain: (label) => ({
      code: "validation_error",
      message: `${label} does not offer this model with this key. Check the model, or ARK_MODEL_MAP.`,
    }),
  },
  {
    prefix: "TooManyRequests",
    explain: (label) => ({
      code: "rate_limited",
      message: `${label} is limiting requests right now. Wait a moment and try again.`,
    }),
  },
];

/** "first/last frame cannot be mixed with references" in any of the phrasings hosts use. */
const MIXED_MODES =
  /(first|last)[ _]?frame.*(reference|multimodal)|(reference|multimodal).*(first|last)[ _]?frame/i;

/** The creator's message for one failure; `status` is the HTTP status when there was one. */
export function explainArkError(
  label: string,
  code: string | null,
  message: string | null,
  status?: number,
): Explained {
  const said = message?.trim() || null;
  if (code) {
    const rule = RULES.find(
      (r) => code === r.prefix || code.startsWith(`${r.prefix}.`) || code.startsWith(r.prefix),
    );
    if (rule) return rule.explain(label);
  }
  if (said && MIXED_MODES.test(said)) {
    return {
      code: "validation_error",
      message:
        "First/last frame cannot be mixed with reference images, videos or audio. Use either frames or references (put the frame among the references and say so in the prompt).",
    };
  }
  if (code === "MissingParameter" || code?.startsWith("InvalidParameter")) {
    return { code: "validation_error", message: `${label} refused the request: ${said ?? code}` };
  }
  if (status === 401) return RULES.find((r) => r.prefix === "AuthenticationError")!.explain(label);
  if (status === 402) return RULES.find((r) => r.prefix === "AccountOverdueError")!.explain(label);
  if (status === 429) return RULES.find((r) => r.prefix === "TooManyRequests")!.explain(label);
  if (status === 404) return { code: "not_found", message: said ?? `${label} has no such task.` };
  if (status !== undefined && status >= 500) {
    return { code: "upstream_error", message: `${label} failed (HTTP ${status}). Try again.` };
  }
  if (status !== undefined && status >= 400) {
    return { code: "validation_error", message: said ?? `${label} refused the request (HTTP ${status}).` };
  }
  return { code: "upstream_error", message: said ?? "The video could not be generated (no reason given)." };
}

/** An HTTP failure as the app's error; the provider's code stays in details for the curl view. */
export function arkHttpError(
  label: string,
  status: number,
  code: string | null,
  message: string | null,
  retryAfter: string | null,
): ApiError {
  const explained = explainArkError(label, code, message, status);
  return new ApiError(
    explained.code,
    explained.message,
    { upstreamStatus: status, ...(code ? { upstreamCode: code } : {}) },
    explained.code === "rate_limited" && retryAfter ? { "retry-after": retryAfter } : undefined,
  );
}
