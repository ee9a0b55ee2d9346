import type Database from "better-sqlite3";
import { createLineageRepo } from "./lineage-repo";

// The only code that knows the video_tasks table: one row per task this app created, keyed by
// provider and the provider's task id. Times are epoch milliseconds. The request is stored as
// the JSON that was sent and handed back parsed but unchecked: the caller owns its schema.

export type TaskStatus = "queued" | "in_progress" | "completed" | "failed";

/** What a task looks like right now, as far as the app knows. */
export interface TaskState {
  status: TaskStatus;
  progress: number | null;
  parameters: Record<string, unknown>;
  durationSeconds: number | null;
  hasLastFrame: boolean;
  outputVideoUrl: string | null;
  outputLastFrameUrl: string | null;
  error: { code: string; message: string } | null;
  updatedAt: number;
}

export interface NewTask extends TaskState {
  provider: string;
  taskId: string;
  model: string;
  mode: string | null;
  request: unknown;
  inputAssetIds: string[];
  sourceVideoIds: string[];
  /** Local files the request used, by name (lineage only; not part of the row). */
  inputFileNames?: string[];
  createdAt: number;
  recordedAt: number;
}

export interface TaskRow extends NewTask {
  providerListed: boolean;
  finishedAt: number | null;
}

/** A position in the history: the task a page continues from. */
export interface TaskAnchor {
  createdAt: number;
  taskId: string;
}

export interface TaskPageQuery {
  limit: number;
  order: "asc" | "desc";
  /** Rows strictly past this one in `order`. */
  after?: TaskAnchor;
}

interface RawRow {
  provider: string;
  task_id: string;
  model: string;
  mode: string | null;
  request_json: string;
  input_asset_ids: string;
  source_video_ids: string;
  status: TaskStatus;
  progress: number | null;
  parameters_json: string;
  duration_seconds: number | null;
  has_last_frame: number;
  output_video_url: string | null;
  output_last_frame_url: string | null;
  error_code: string | null;
  error_message: string | null;
  provider_listed: number;
  created_at: number;
  recorded_at: number;
  updated_at: number;
  finished_at: number | null;
}

const isTerminal = (status: TaskStatus) => status === "completed" || status === "failed";

function stateColumns(state: TaskState) {
  return {
    status: state.status,
    progress: state.progress,
    parameters_json: JSON.stringify(state.parameters),
    duration_seconds: state.durationSeconds,
    has_last_frame: state.hasLastFrame ? 1 : 0,
    output_video_url: state.outputVideoUrl,
    output_last_frame_url: state.outputLastFrameUrl,
    error_code: state.error?.code ?? null,
    error_message: state.error?.message ?? null,
    updated_at: state.updatedAt,
    finished_at: isTerminal(state.status) ? state.updatedAt : null,
  };
}

function toRow(raw: RawRow): TaskRow {
  return {
    provider: raw.provider,
    taskId: raw.task_id,
    model: raw.model,
    mode: raw.mode,
    request: JSON.parse(raw.request_json) as unknown,
    inputAssetIds: JSON.parse(raw.input_asset_ids) as string[],
    sourceVideoIds: JSON.parse(raw.source_video_ids) as string[],
    status: raw.status,
    progress: raw.progress,
    parameters: JSON.parse(raw.parameters_json) as Record<string, unknown>,
    durationSeconds: raw.duration_seconds,
    hasLastFrame: raw.has_last_frame === 1,
    outputVideoUrl: raw.output_video_url,
    outputLastFrameUrl: raw.output_last_frame_url,
    error:
      raw.error_code === null ? null : { code: raw.error_code, message: raw.error_message ?? raw.error_code },
    providerListed: raw.provider_listed === 1,
    createdAt: raw.created_at,
    recordedAt: raw.recorded_at,
    updatedAt: raw.updated_at,
    finishedAt: raw.finished_at,
  };
}

export function createTaskRepo(db: Database.Database) {
  const insert = db.prepare(`INSERT INTO video_tasks (
    provider, task_id, model, mode, request_json, input_asset_ids, source_video_ids, status, progress,
    parameters_json, duration_seconds, has_last_frame, output_video_url, output_last_frame_url,
    error_code, error_message, created_at, recorded_at, updated_at, finished_at
  ) VALUES (
    @provider, @task_id, @model, @mode, @request_json, @input_asset_ids, @source_video_ids, @status, @progress,
    @parameters_json, @duration_seconds, @has_last_frame, @output_video_url, @output_last_frame_url,
    @error_code, @error_message, @created_at, @recorded_at, @updated_at, @finished_at
  )`);
  const byId = db.prepare<[string, string], RawRow>(
    "SELECT * FROM video_tasks WHERE provider = ? AND task_id = ?",
  );
  // Output URLs a provider no longer reports (they expire) are kept rather than overwritten with null.
  const update = db.prepare(`UPDATE video_tasks SET
    status = @status, progress = @progress, parameters_json = @parameters_json,
    duration_seconds = @duration_seconds, has_last_frame = @has_last_frame,
    output_video_url = COALESCE(@output_video_url, output_video_url),
    output_last_frame_url = COALESCE(@output_last_frame_url, output_last_frame_url),
    error_code = @error_code, error_message = @error_message, updated_at = @updated_at,
    finished_at = COALESCE(finished_at, @finished_at), provider_listed = @provider_listed
    WHERE provider = @provider AND task_id = @task_id`);
  const remove = db.prepare("DELETE FROM video_tasks WHERE provider = ? AND task_id = ?");
  const lineage = createLineageRepo(db);
  const insertWithInputs = db.transaction((task: NewTask) => {
    insert.run({
      provider: task.provider,
      task_id: task.taskId,
      model: task.model,
      mode: task.mode,
      request_json: JSON.stringify(task.request),
      input_asset_ids: JSON.stringify(task.inputAssetIds),
      source_video_ids: JSON.stringify(task.sourceVideoIds),
      created_at: task.createdAt,
      recorded_at: task.recordedAt,
      ...stateColumns(task),
    });
    lineage.record(task.provider, task.taskId, {
      assetIds: task.inputAssetIds,
      sourceVideoIds: task.sourceVideoIds,
      fileNames: task.inputFileNames ?? [],
    });
  });
  const pages = {
    desc: {
      first: db.prepare<[string, number], RawRow>(
        "SELECT * FROM video_tasks WHERE provider = ? ORDER BY created_at DESC, task_id DESC LIMIT ?",
      ),
      after: db.prepare<[string, number, number, string, number], RawRow>(
        "SELECT * FROM video_tasks WHERE provider = ? AND (created_at < ? OR (created_at = ? AND task_id < ?)) ORDER BY created_at DESC, task_id DESC LIMIT ?",
      ),
    },
    asc: {
      first: db.prepare<[string, number], RawRow>(
        "SELECT * FROM video_tasks WHERE provider = ? ORDER BY created_at ASC, task_id ASC LIMIT ?",
      ),
      after: db.prepare<[string, number, number, string, number], RawRow>(
        "SELECT * FROM video_tasks WHERE provider = ? AND (created_at > ? OR (created_at = ? AND task_id > ?)) ORDER BY created_at ASC, task_id ASC LIMIT ?",
      ),
    },
  };

  return {
    /** One transaction: the row and its inputs (lineage) are there whole, or not at all. */
    insert(task: NewTask): void {
      insertWithInputs(task);
    },
    find(provider: string, taskId: string): TaskRow | undefined {
      const raw = byId.get(provider, taskId);
      return raw && toRow(raw);
    },
    /** Newest (desc) or oldest (asc) first, one more row than asked tells whether more follow. */
    page(provider: string, query: TaskPageQuery): { rows: TaskRow[]; hasMore: boolean } {
      const statements = pages[query.order];
      const raws = query.after
        ? statements.after.all(
            provider,
            query.after.createdAt,
            query.after.createdAt,
            query.after.taskId,
            query.limit + 1,
          )
        : statements.first.all(provider, query.limit + 1);
      return { rows: raws.slice(0, query.limit).map(toRow), hasMore: raws.length > query.limit };
    },
    /**
     * The state as last seen; `listed` is false when the provider no longer has the task.
     * Returns false when there is no such row.
     */
    updateState(provider: string, taskId: string, state: TaskState, listed = true): boolean {
      const columns = { provider, task_id: taskId, provider_listed: listed ? 1 : 0, ...stateColumns(state) };
      return update.run(columns).changes > 0;
    },
    delete: (provider: string, taskId: string) => void remove.run(provider, taskId),
    /** What each task used and which tasks used an asset or earlier video (lineage-repo.ts). */
    lineage: { inputsOf: lineage.inputsOf, usesOf: lineage.usesOf, countUses: lineage.countUses },
  };
}
export type TaskRepo = ReturnType<typeof createTaskRepo>;
