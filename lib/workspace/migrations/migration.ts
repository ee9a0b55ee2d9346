/** One step of the workspace schema. Versions are applied in order, each exactly once. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
