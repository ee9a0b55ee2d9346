// A problem with uploaded or referenced media. Routes turn it into their family's 4xx; the
// render pipeline turns it into a failed task.
export class MediaProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "MediaProblem";
  }
}
