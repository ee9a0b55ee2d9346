// Whether this tab's live-status stream (live-stream.ts) is open. The queries' refetchInterval
// functions ask it: polling applies only while the stream is not connected.

let live = false;

/** True while the event stream is open: lists and details then wait for events instead of polling. */
export const isLive = () => live;

export function setLive(value: boolean) {
  live = value;
}
