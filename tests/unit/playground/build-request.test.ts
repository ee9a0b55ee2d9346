import { describe, expect, it } from "vitest";
import { buildVideoRequest } from "@/lib/playground/build-request";
import { MODEL_CAPABILITIES } from "@/lib/video/capabilities";
import { inferVideoMode } from "@/lib/video/infer-mode";
import { videoRequestSchema } from "@/lib/video/request";
import { PORTRAIT_ID, PORTRAIT_ID_2, earlierResult, form, localFile, portraitAsset } from "./factories";

describe("buildVideoRequest", () => {
  it("builds the seed's First-frame I2V example exactly", () => {
    const body = buildVideoRequest(
      form({
        model: "seedance-2.0",
        mode: "first_frame",
        prompt: "A stylized virtual character smiles and turns toward the camera in soft studio light",
        duration: 6,
        resolution: "720p",
        generateAudio: false,
        slots: { firstFrame: [portraitAsset("ta_virtual_portrait_asset_id")] },
      }),
    );
    expect(body).toStrictEqual({
      model: "seedance-2.0",
      prompt: "A stylized virtual character smiles and turns toward the camera in soft studio light",
      frame_images: [
        {
          type: "image_url",
          frame_type: "first_frame",
          image_url: { url: "asset://ta_virtual_portrait_asset_id" },
        },
      ],
      duration: 6,
      resolution: "720p",
      generate_audio: false,
    });
    expect(JSON.stringify(body)).toContain('"duration":6,');
  });

  it("sends only a prompt and parameters for Text to video", () => {
    const body = buildVideoRequest(form({ mode: "text_to_video", slots: { firstFrame: [portraitAsset()] } }));
    expect(body).not.toHaveProperty("frame_images");
    expect(body).not.toHaveProperty("input_references");
    expect(inferVideoMode(body)).toMatchObject({ ok: true, mode: "text_to_video" });
  });

  it("puts First & last frame into frame_images in order, local files by their upload's URL", () => {
    const body = buildVideoRequest(
      form({
        mode: "first_last_frame",
        slots: { firstFrame: [portraitAsset()], lastFrame: [localFile("image")] },
      }),
    );
    expect(body.frame_images).toStrictEqual([
      { type: "image_url", frame_type: "first_frame", image_url: { url: `asset://${PORTRAIT_ID}` } },
      {
        type: "image_url",
        frame_type: "last_frame",
        image_url: { url: "https://files.example.com/ua_localimage0001.bin?sig=abc" },
      },
    ]);
    expect(inferVideoMode(body)).toMatchObject({ ok: true, mode: "first_last_frame" });
  });

  it("sends Reference images as input_references with the reference_image role", () => {
    const body = buildVideoRequest(
      form({
        mode: "reference_images",
        slots: { referenceImages: [portraitAsset(), portraitAsset(PORTRAIT_ID_2)] },
      }),
    );
    expect(body.input_references).toStrictEqual([
      { type: "image_url", role: "reference_image", image_url: { url: `asset://${PORTRAIT_ID}` } },
      { type: "image_url", role: "reference_image", image_url: { url: `asset://${PORTRAIT_ID_2}` } },
    ]);
    expect(body).not.toHaveProperty("frame_images");
    expect(inferVideoMode(body)).toMatchObject({ ok: true, mode: "reference_images" });
  });

  it("mixes image, video and audio references for Multimodal reference", () => {
    const body = buildVideoRequest(
      form({
        mode: "multimodal_reference",
        slots: {
          referenceImages: [portraitAsset()],
          referenceVideos: [localFile("video")],
          referenceAudios: [localFile("audio")],
        },
      }),
    );
    expect(body.input_references).toStrictEqual([
      { type: "image_url", role: "reference_image", image_url: { url: `asset://${PORTRAIT_ID}` } },
      {
        type: "video_url",
        role: "reference_video",
        video_url: { url: "https://files.example.com/ua_localvideo0001.bin?sig=abc" },
      },
      {
        type: "audio_url",
        role: "reference_audio",
        audio_url: { url: "https://files.example.com/ua_localaudio0001.bin?sig=abc" },
      },
    ]);
    expect(inferVideoMode(body)).toMatchObject({ ok: true, mode: "multimodal_reference" });
  });

  it.each([
    ["edit_video", "Strictly edit <Video 1>, make it night"],
    ["extend_video", "Extend <Video 1>, make it night"],
  ] as const)("sends the source of %s as <Video 1> with the reference_video role", (mode, prompt) => {
    const body = buildVideoRequest(
      form({ mode, prompt, slots: { sourceVideo: [earlierResult()], referenceImages: [portraitAsset()] } }),
    );
    expect(body.prompt).toBe(prompt);
    expect(body.input_references).toStrictEqual([
      {
        type: "video_url",
        role: "reference_video",
        video_url: { url: "https://cdn.example.com/vid_1.mp4?sig=abc" },
      },
      { type: "image_url", role: "reference_image", image_url: { url: `asset://${PORTRAIT_ID}` } },
    ]);
    expect(inferVideoMode(body)).toMatchObject({ ok: true, mode });
  });

  it("sends the clips of a Stitch in order as reference videos, addressed by the instruction", () => {
    const clips = [earlierResult("vid_1"), earlierResult("vid_2"), earlierResult("vid_3")];
    const prompt = "<Video 1>, followed by <Video 2>, followed by <Video 3>, with a soft dissolve";
    const body = buildVideoRequest(form({ mode: "stitch_video", prompt, slots: { stitchClips: clips } }));
    expect(body.input_references?.map((ref) => ref.type === "video_url" && ref.video_url.url)).toStrictEqual(
      clips.map((clip) => clip.source === "url" && clip.url),
    );
    expect(body.input_references?.every((ref) => ref.role === "reference_video")).toBe(true);
    expect(inferVideoMode(body)).toMatchObject({ ok: true, mode: "stitch_video" });
  });

  it("uses only documented roles in every mode", () => {
    const documented = ["reference_image", "reference_video", "reference_audio"];
    for (const mode of MODEL_CAPABILITIES["seedance-2.0"].modes) {
      const body = buildVideoRequest(
        form({
          mode,
          slots: {
            firstFrame: [portraitAsset()],
            lastFrame: [portraitAsset(PORTRAIT_ID_2)],
            referenceImages: [portraitAsset()],
            referenceVideos: [earlierResult()],
            referenceAudios: [localFile("audio")],
            sourceVideo: [earlierResult()],
            stitchClips: [earlierResult("vid_1"), earlierResult("vid_2")],
          },
        }),
      );
      for (const ref of body.input_references ?? []) expect(documented).toContain(ref.role);
    }
  });

  it("sends only the current mode's blocks, never frames and references together", () => {
    const body = buildVideoRequest(
      form({
        mode: "first_frame",
        slots: { firstFrame: [portraitAsset()], referenceImages: [portraitAsset(PORTRAIT_ID_2)] },
      }),
    );
    expect(body.frame_images).toHaveLength(1);
    expect(body).not.toHaveProperty("input_references");
  });

  it("adds optional parameters only when set, and duration as an integer", () => {
    const plain = buildVideoRequest(form({ duration: 5 }));
    expect(plain).not.toHaveProperty("seed");
    expect(plain).not.toHaveProperty("watermark");
    expect(plain).not.toHaveProperty("return_last_frame");
    expect(plain).not.toHaveProperty("aspect_ratio");
    const full = buildVideoRequest(
      form({
        duration: 8,
        aspectRatio: "9:16",
        seed: "42",
        watermark: true,
        returnLastFrame: true,
        generateAudio: true,
      }),
    );
    expect(full).toMatchObject({
      duration: 8,
      aspect_ratio: "9:16",
      seed: 42,
      watermark: true,
      return_last_frame: true,
      generate_audio: true,
    });
    expect(Number.isInteger(full.duration)).toBe(true);
  });

  it("leaves out generate_audio for a model without audio", () => {
    const silent = { ...MODEL_CAPABILITIES["seedance-2.0"], audio: false };
    expect(buildVideoRequest(form({ generateAudio: true }), silent)).not.toHaveProperty("generate_audio");
  });

  it("treats an empty or -1 seed as random and trims the prompt", () => {
    expect(buildVideoRequest(form({ seed: "-1" }))).not.toHaveProperty("seed");
    expect(buildVideoRequest(form({ prompt: "  hello  " })).prompt).toBe("hello");
  });

  it("always produces a body the BFF's strict schema accepts", () => {
    const body = buildVideoRequest(
      form({
        mode: "multimodal_reference",
        seed: "7",
        slots: { referenceImages: [portraitAsset()], referenceAudios: [localFile("audio")] },
      }),
    );
    expect(videoRequestSchema.strict().safeParse(body).success).toBe(true);
  });
});
