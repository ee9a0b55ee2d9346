import ffmpegInstaller from "@ffmpeg-installer/ffmpeg";
import ffprobeInstaller from "@ffprobe-installer/ffprobe";

// The bundled static binaries (a 2018 ffmpeg build: it has zoompan, overlay, fade, tpad and
// drawtext, but no xfade - cross-fades are alpha fades under `overlay`).
export const ffmpegPath = () => ffmpegInstaller.path;
export const ffprobePath = () => ffprobeInstaller.path;

export const FPS = 24;
