import { sessionsMigration } from "./001-sessions";
import type { Migration } from "./migration";
import { videoTasksMigration } from "./002-video-tasks";
import { videoArchiveMigration } from "./003-video-archive";
import { taskLineageMigration } from "./004-task-lineage";
import { takesAndCostMigration } from "./005-takes-and-cost";

// Every migration, oldest first. A new table is a new numbered file here plus one line below;
// a migration that has shipped is never edited.
export const MIGRATIONS: readonly Migration[] = [
  sessionsMigration,
  videoTasksMigration,
  videoArchiveMigration,
  taskLineageMigration,
  takesAndCostMigration,
];
