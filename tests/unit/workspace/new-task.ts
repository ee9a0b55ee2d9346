import type { NewTask } from "@/lib/workspace/tasks-repo";

/** A finished text-to-video task as the task index stores it; tests override what they look at. */
export const newTask = (taskId: string, overrides: Partial<NewTask> = {}): NewTask => ({
  provider: "emulator",
  taskId,
  model: "seedance-2.0",
  mode: "text_to_video",
  request: { model: "seedance-2.0", prompt: "A paper boat" },
  inputAssetIds: [],
  sourceVideoIds: [],
  createdAt: 1_000,
  recordedAt: 1_000,
  status: "completed",
  progress: 100,
  parameters: {},
  durationSeconds: 5,
  hasLastFrame: true,
  outputVideoUrl: null,
  outputLastFrameUrl: null,
  error: null,
  updatedAt: 1_000,
  ...overrides,
});
