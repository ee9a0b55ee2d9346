import sharp from "sharp";
import { MAX_INPUT_PIXELS } from "../assets/inspect-image";

// Still images for the render, made with sharp: inputs fitted to the output size, the title
// card for text-to-video, and the watermark. The card is an SVG rather than ffmpeg drawtext so
// prompt text never has to survive filter-graph escaping.

/** Crops and scales an input image to exactly width x height (JPEG: fast for ffmpeg to read). */
export async function fitStill(source: string, target: string, width: number, height: number) {
  await sharp(source, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
    .rotate()
    .resize(width, height, { fit: "cover", position: "centre" })
    .flatten({ background: "#000000" })
    .jpeg({ quality: 90 })
    .toFile(target);
}

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!,
  );

/** Greedy word wrap to at most `maxLines`, ending with an ellipsis when the prompt is longer. */
export function wrapText(text: string, perLine: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const piece = word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word;
    if (!line) line = piece;
    else if (line.length + 1 + piece.length <= perLine) line += ` ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, perLine - 1)}…`;
    return kept;
  }
  return lines;
}

export interface CardText {
  prompt: string;
  caption: string;
  seed: number;
}

export async function titleCard(target: string, width: number, height: number, text: CardText) {
  const hue = Math.abs(text.seed) % 360;
  const fontSize = Math.round(Math.min(width, height) / 13);
  const perLine = Math.max(12, Math.floor((width * 0.8) / (fontSize * 0.55)));
  const lines = wrapText(text.prompt || "Untitled", perLine, 5);
  const top = height / 2 - ((lines.length - 1) * fontSize * 1.25) / 2;
  const tspans = lines
    .map(
      (line, i) =>
        `<tspan x="${width / 2}" y="${Math.round(top + i * fontSize * 1.25)}">${escapeXml(line)}</tspan>`,
    )
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="hsl(${hue},55%,22%)"/><stop offset="1" stop-color="hsl(${(hue + 60) % 360},60%,12%)"/>
</linearGradient></defs>
<rect width="100%" height="100%" fill="url(#bg)"/>
<circle cx="${width * 0.8}" cy="${height * 0.25}" r="${Math.min(width, height) * 0.35}" fill="hsl(${(hue + 30) % 360},70%,55%)" opacity="0.18"/>
<circle cx="${width * 0.15}" cy="${height * 0.85}" r="${Math.min(width, height) * 0.25}" fill="hsl(${(hue + 200) % 360},70%,60%)" opacity="0.12"/>
<text font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="${fontSize}" fill="#ffffff" text-anchor="middle" dominant-baseline="middle">${tspans}</text>
<text x="${width / 2}" y="${height - fontSize}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="${Math.round(fontSize * 0.45)}" fill="#ffffff" fill-opacity="0.7" text-anchor="middle">${escapeXml(text.caption)}</text>
</svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toFile(target);
}

/** A small translucent "AI generated" label for `watermark: true`. */
export async function watermarkImage(target: string, outputHeight: number) {
  const h = Math.max(20, Math.round(outputHeight / 18));
  const w = h * 5;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
<rect width="100%" height="100%" rx="${h / 4}" fill="#000" fill-opacity="0.45"/>
<text x="50%" y="50%" font-family="DejaVu Sans, Arial, sans-serif" font-size="${Math.round(h * 0.5)}" fill="#fff" text-anchor="middle" dominant-baseline="central">AI generated</text>
</svg>`;
  await sharp(Buffer.from(svg)).png().toFile(target);
}
