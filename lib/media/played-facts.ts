// Browser-only: what a video or audio element reads from a file's header (duration, and a
// video's frame size), so a clip that breaks the upstream's rules is refused before it is sent.

export interface PlayedFacts {
  seconds: number;
  width?: number;
  height?: number;
}

export function playedFacts(file: Blob, mediaType: "video" | "audio"): Promise<PlayedFacts | null> {
  const url = URL.createObjectURL(file);
  return new Promise<PlayedFacts | null>((resolve) => {
    const element = document.createElement(mediaType);
    element.preload = "metadata";
    element.onloadedmetadata = () => {
      if (!Number.isFinite(element.duration)) return resolve(null);
      const video = element instanceof HTMLVideoElement && element.videoWidth > 0 ? element : null;
      resolve({
        seconds: element.duration,
        ...(video ? { width: video.videoWidth, height: video.videoHeight } : {}),
      });
    };
    element.onerror = () => resolve(null);
    element.src = url;
  }).finally(() => URL.revokeObjectURL(url));
}
