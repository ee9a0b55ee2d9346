import { spawn } from "node:child_process";

// Runs a binary with an argument array (never a shell string). Aborting kills the process and
// waits for it to exit, so a cancelled render never keeps writing behind our back.

export interface RunOptions {
  signal?: AbortSignal;
  /** Called with each complete stdout line (ffmpeg's `-progress pipe:1` output). */
  onLine?: (line: string) => void;
}

const STDERR_TAIL = 4000;

export function runProcess(command: string, args: string[], options: RunOptions = {}): Promise<string> {
  const { signal, onLine } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let pending = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      if (!onLine) {
        stdout += chunk;
        return;
      }
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) onLine(line.trim());
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_TAIL);
    });
    const onAbort = () => child.kill("SIGKILL");
    signal?.addEventListener("abort", onAbort, { once: true });
    child.on("error", (error) => {
      signal?.removeEventListener("abort", onAbort);
      reject(error);
    });
    child.on("close", (code) => {
      signal?.removeEventListener("abort", onAbort);
      if (signal?.aborted) reject(signal.reason);
      else if (code === 0) resolve(stdout);
      else
        reject(
          new Error(
            `${command.split("/").pop()} exited with ${code}: ${stderr.trim().split("\n").slice(-3).join(" | ")}`,
          ),
        );
    });
  });
}
