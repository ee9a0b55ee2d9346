#!/usr/bin/env bash
# The seed's API walk-through, run with curl against a running app's emulator (/emulator/v1):
# create a Virtual Portrait group, upload an image, poll until active, generate a First-frame I2V
# video with asset://, poll until completed, download the MP4.
# Usage: scripts/emulator-walkthrough.sh [base-url] [image] [output.mp4]
set -euo pipefail

BASE="${1:-http://localhost:3000}/emulator/v1"
IMAGE="${2:?an image file (JPEG, PNG or WebP, 300-6000 px per side)}"
OUT="${3:-walkthrough.mp4}"
# Any sk-... key is its own tenant; the app's own key is never accepted over HTTP.
KEY="${WALKTHROUGH_KEY:-sk-walkthrough-0123456789}"
AUTH="Authorization: Bearer $KEY"

# Reads one field from JSON on stdin, e.g. `json data.assetId`.
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{let v=JSON.parse(s);for(const k of process.argv[1].split("."))v=v?.[k];console.log(v??"")})' "$1"; }

echo "1. Create a Virtual Portrait group"
GROUP_ID=$(curl -sS -X POST "$BASE/asset-groups" -H "$AUTH" -H "Content-Type: application/json" \
  -d '{"name": "Virtual Portrait Name", "groupKind": "VIRTUAL_PORTRAIT"}' | json data.assetGroupId)
echo "   group $GROUP_ID"

echo "2. Upload an image into it"
ASSET_ID=$(curl -sS -X POST "$BASE/assets" -H "$AUTH" \
  -F "groupId=$GROUP_ID" -F "file=@$IMAGE" -F "name=Asset Name" | json data.assetId)
echo "   asset $ASSET_ID"

echo "3. Poll until the asset is active"
until [ "$(curl -sS "$BASE/assets/$ASSET_ID" -H "$AUTH" | json data.status)" = "active" ]; do sleep 1; done

echo "4. Generate a First-frame I2V video from asset://$ASSET_ID"
VIDEO_ID=$(curl -sS -X POST "$BASE/videos" -H "$AUTH" -H "Content-Type: application/json" -d '{
  "model": "seedance-2.0",
  "prompt": "A stylized virtual character smiles and turns toward the camera in soft studio light",
  "frame_images": [
    { "type": "image_url", "frame_type": "first_frame", "image_url": { "url": "asset://'"$ASSET_ID"'" } }
  ],
  "duration": 5,
  "resolution": "720p",
  "generate_audio": false
}' | json id)
echo "   video $VIDEO_ID"

echo "5. Poll until completed"
while :; do
  STATUS=$(curl -sS "$BASE/videos/$VIDEO_ID" -H "$AUTH" | json status)
  case "$STATUS" in
    completed) break ;;
    failed) echo "   the video failed" >&2; exit 1 ;;
    *) sleep 1 ;;
  esac
done

echo "6. Download the MP4"
curl -sS -L "$BASE/videos/$VIDEO_ID/content?format=binary" -H "$AUTH" -o "$OUT"
echo "   saved $OUT ($(wc -c < "$OUT") bytes)"
