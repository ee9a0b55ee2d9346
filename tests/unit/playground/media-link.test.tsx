import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { MediaLinkForm } from "@/components/playground/media/media-link-form";
import { parseMediaLink } from "@/lib/playground/media-link";
import { PORTRAIT_ID } from "./factories";

describe("parseMediaLink", () => {
  it("takes an https address as a URL input named after its file", () => {
    const result = parseMediaLink("  https://cdn.example.com/clips/take-1.mp4?sig=abc ", "video");
    expect(result).toEqual({
      ok: true,
      input: {
        source: "url",
        url: "https://cdn.example.com/clips/take-1.mp4?sig=abc",
        name: "take-1.mp4",
        mediaType: "video",
        videoId: null,
      },
    });
  });

  it("takes an asset:// reference as a library input", () => {
    const result = parseMediaLink(`asset://${PORTRAIT_ID}`, "image");
    expect(result.ok && result.input).toMatchObject({ source: "asset", assetId: PORTRAIT_ID });
  });

  it.each([
    ["", /Paste the address/],
    ["not a link", /not a web address/],
    ["data:video/mp4;base64,AAAA", /data: URLs are not sent/],
    ["ftp://example.com/a.mp4", /Only https/],
    ["javascript:alert(1)", /Only https/],
    ["https://user:secret@example.com/a.mp4", /user name or password/],
  ])("refuses %j in words", (text, message) => {
    const result = parseMediaLink(text, "video");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});

describe("MediaLinkForm", () => {
  it("adds a pasted address, and says what is wrong with a bad one without adding it", async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn();
    render(<MediaLinkForm mediaType="audio" onAdd={onAdd} onCancel={() => undefined} />);
    const field = screen.getByLabelText("Link to an audio file");

    await user.type(field, "data:audio/wav;base64,AAAA{Enter}");
    expect(onAdd).not.toHaveBeenCalled();
    expect(screen.getByRole("alert")).toHaveTextContent(/data: URLs are not sent/);
    expect(field).toHaveAttribute("aria-invalid", "true");

    await user.clear(field);
    await user.type(field, "https://cdn.example.com/voice.wav");
    await user.click(screen.getByRole("button", { name: "Add" }));
    expect(onAdd).toHaveBeenCalledWith(
      expect.objectContaining({
        source: "url",
        url: "https://cdn.example.com/voice.wav",
        mediaType: "audio",
      }),
    );
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("adds on Enter without submitting the Playground form it sits in", async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn();
    const onGenerate = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    render(
      <form onSubmit={onGenerate}>
        <MediaLinkForm mediaType="video" onAdd={onAdd} onCancel={() => undefined} />
      </form>,
    );
    await user.type(screen.getByLabelText("Link to a video"), "https://cdn.example.com/a.mp4{Enter}");
    await user.type(screen.getByLabelText("Link to a video"), "https://cdn.example.com/b.mp4");
    await user.click(screen.getByRole("button", { name: "Add" }));
    expect(onAdd).toHaveBeenCalledTimes(2);
    expect(onGenerate).not.toHaveBeenCalled();
  });
});
