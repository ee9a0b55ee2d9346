import type { VideoTask } from "@/lib/schemas/video";

// A failed task shows the upstream's own reason, then one plain next step. The upstream's codes
// are not documented (API.md §5.4), so the advice follows the words of the reason.

const ADVICE: [RegExp, string][] = [
  [
    /asset/i,
    "Check on the Assets page that every asset is Active and belongs to an active Virtual Portrait group, then run again.",
  ],
  [
    /rate|429|too many|busy|overload|unavailable|timed? ?out|timeout/i,
    "The service is busy. Wait a minute, then run again.",
  ],
  [
    /safety|sensitive|policy|moderation|content/i,
    "Rephrase the prompt or use different inputs, then run again.",
  ],
  [/invalid|parameter|duration|resolution|ratio/i, "Change the setting the message names, then run again."],
];

export function failureAdvice(error: VideoTask["error"]): string {
  const text = error ? `${error.code} ${error.message}` : "";
  return (
    ADVICE.find(([pattern]) => pattern.test(text))?.[1] ??
    "Run again. If it keeps failing, simplify the prompt or change the inputs."
  );
}
