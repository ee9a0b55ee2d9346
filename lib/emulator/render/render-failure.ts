/** A render that cannot succeed; `code`/`message` become the failed task's `error`. */
export class RenderFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RenderFailure";
  }
}
