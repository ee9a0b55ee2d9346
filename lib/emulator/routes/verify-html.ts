// The Real Face H5 verification page. Upstream sends the real person to a liveness check; the
// emulator's stand-in lets whoever opens the link pass or fail it. Plain HTML, no assets.

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const STYLE = `body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#111}
h1{font-size:1.5rem}.actions{display:flex;gap:.75rem;margin-top:1.5rem}
button{font:inherit;padding:.6rem 1.2rem;border-radius:.5rem;border:1px solid #444;cursor:pointer}
button.pass{background:#0a6b2f;color:#fff;border-color:#0a6b2f}button.fail{background:#fff;color:#8a1010;border-color:#8a1010}
button:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}button:disabled{opacity:.5;cursor:not-allowed}
.note{color:#444;font-size:.9rem}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export function pendingPage(groupName: string, secondsLeft: number): string {
  const minutes = Math.floor(secondsLeft / 60);
  const clock = `${minutes}:${String(secondsLeft % 60).padStart(2, "0")}`;
  return page(
    "Real Face verification",
    `<h1>Real Face verification</h1>
<p>Asset group: <strong>${escapeHtml(groupName)}</strong></p>
<p id="remaining" role="timer" aria-live="off">Time left: <span id="clock">${clock}</span></p>
<p class="note">This emulator stands in for the liveness check: choose the outcome to simulate.</p>
<form method="post" class="actions">
<button class="pass" type="submit" name="decision" value="pass">Pass verification</button>
<button class="fail" type="submit" name="decision" value="fail">Fail verification</button>
</form>
<p id="status" role="status" aria-live="polite"></p>
<script>(function(){var left=${secondsLeft};var clock=document.getElementById("clock");
var timer=setInterval(function(){left-=1;if(left<=0){clearInterval(timer);clock.textContent="0:00";
document.querySelectorAll("button").forEach(function(b){b.disabled=true});
document.getElementById("status").textContent="This verification link has expired. Create a new Real Face group to get a new link.";return}
clock.textContent=Math.floor(left/60)+":"+String(left%60).padStart(2,"0")},1000)})();</script>`,
  );
}

export function outcomePage(
  kind: "active" | "failed" | "expired" | "unknown" | "decided" | "invalid",
  groupName = "",
): string {
  const name = escapeHtml(groupName);
  const text = {
    active: [
      "Verification passed",
      `The asset group <strong>${name}</strong> is now active. You can close this page.`,
    ],
    failed: [
      "Verification failed",
      `The asset group <strong>${name}</strong> could not be verified. Create a new Real Face group to try again.`,
    ],
    expired: [
      "Link expired",
      "This verification link has expired. Create a new Real Face group to get a new link.",
    ],
    unknown: ["Link not valid", "This verification link is not valid. Check that you opened the whole link."],
    invalid: [
      "Choose an outcome",
      `Use Pass verification or Fail verification for <strong>${name}</strong>.`,
    ],
    decided: ["Already completed", `Verification for <strong>${name}</strong> has already been completed.`],
  }[kind];
  return page(text[0]!, `<h1>${text[0]}</h1><p role="status">${text[1]}</p>`);
}
