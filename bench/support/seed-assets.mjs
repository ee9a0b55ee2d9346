import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { openStore } from "./emulator-store.mjs";

// A large library written straight into the emulator's store (thousands of HTTP uploads would
// only time sharp): rows as an upload makes them, in two Virtual Portrait groups, every row
// pointing at one of a few real image files and thumbnails shared by reference. Idempotent:
// it tops the app's library up to `count`, so a seed kept on disk is reused.

export const SEED_GROUPS = ["Bench A", "Bench B"];
/** `bench-000042`: six digits, so a search for one name matches that one row up to 999,999. */
export const seededName = (index) => `bench-${String(index).padStart(6, "0")}`;

const SHARED_IMAGES = 8;
const SIDE = 400;
const hex = (bytes) => randomBytes(bytes).toString("hex");

/** The shared files: a 400×400 JPEG and its WebP thumbnail per tint, as an upload stores them. */
async function sharedImages(dataDir) {
  const files = [];
  for (let index = 0; index < SHARED_IMAGES; index += 1) {
    const base = `bench-shared-${index}`;
    const image = path.join(dataDir, "emulator", "files", "assets", `${base}.jpg`);
    const thumb = path.join(dataDir, "emulator", "files", "thumbs", `${base}.webp`);
    const background = { r: (index * 53) % 255, g: 90 + index * 10, b: 160 };
    const jpeg = await sharp({ create: { width: SIDE, height: SIDE, channels: 3, background } })
      .jpeg({ quality: 80 })
      .toBuffer();
    if (!existsSync(image)) await writeFile(image, jpeg);
    if (!existsSync(thumb))
      await writeFile(thumb, await sharp(jpeg).resize(320).webp({ quality: 72 }).toBuffer());
    files.push({ fileName: `${base}.jpg`, thumbName: `${base}.webp`, bytes: jpeg.length });
  }
  return files;
}

function ensureGroups(db, tenantId, now) {
  const find = db.prepare("SELECT seq, group_id FROM asset_groups WHERE tenant_id = ? AND name = ?");
  const insert =
    db.prepare(`INSERT INTO asset_groups (group_id, tenant_id, name, kind, status, created_at, updated_at)
    VALUES (?, ?, ?, 'VIRTUAL_PORTRAIT', 'active', ?, ?)`);
  return SEED_GROUPS.map((name) => {
    if (!find.get(tenantId, name)) insert.run(`grp_${hex(8)}`, tenantId, name, now, now);
    const row = find.get(tenantId, name);
    return { name, seq: row.seq, groupId: row.group_id };
  });
}

/**
 * Tops the app's library (tenant `tenantId` in `dataDir`) up to `count` assets; returns the
 * groups (asset i is in group i % 2), how many rows were added and how long it took.
 */
export async function seedAssets({ dataDir, tenantId, count }) {
  const started = performance.now();
  const images = await sharedImages(dataDir);
  const db = openStore(dataDir);
  try {
    const now = Date.now();
    const groups = ensureGroups(db, tenantId, now);
    const existing = db.prepare("SELECT COUNT(*) FROM assets WHERE tenant_id = ?").pluck().get(tenantId);
    const insert =
      db.prepare(`INSERT INTO assets (asset_id, tenant_id, group_seq, kind, media_type, name, filename,
      mime_type, file_type, size_bytes, width, height, file_name, thumb_name, ready_at, outcome, failure_reason,
      retention_days, expires_at, created_at, updated_at)
      VALUES (?, ?, ?, 'VIRTUAL_PORTRAIT', 'image', ?, ?, 'image/jpeg', 'jpg', ?, ${SIDE}, ${SIDE}, ?, ?, ?, 'active',
      NULL, NULL, NULL, ?, ?)`);
    const BATCH = 10_000;
    for (let from = existing + 1; from <= count; from += BATCH) {
      db.transaction(() => {
        for (let index = from; index < Math.min(from + BATCH, count + 1); index += 1) {
          const image = images[index % images.length];
          // Uploaded a minute apart, oldest first, so "newest first" is the order they were made.
          const at = now - (count - index) * 60_000;
          insert.run(
            `ta_${hex(16)}`,
            tenantId,
            groups[index % 2].seq,
            seededName(index),
            `${seededName(index)}.jpg`,
            image.bytes,
            image.fileName,
            image.thumbName,
            at,
            at,
            at,
          );
        }
      })();
    }
    db.pragma("optimize");
    return {
      groups,
      added: Math.max(0, count - existing),
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } finally {
    db.close();
  }
}
