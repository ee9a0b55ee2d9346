import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { ModePicker } from "@/components/playground/form/mode-picker";
import { MODEL_CAPABILITIES, type VideoMode, type VideoModelId } from "@/lib/video/capabilities";

function Picker({ model, start = "text_to_video" }: { model: VideoModelId; start?: VideoMode }) {
  const [mode, setMode] = useState<VideoMode>(start);
  return (
    <ModePicker caps={MODEL_CAPABILITIES[model]} value={mode} onChange={setMode}>
      <p>Blocks of {mode}</p>
    </ModePicker>
  );
}

const tab = (name: string) => screen.getByRole("tab", { name });

describe("the video mode tabs", () => {
  it("are one tab stop, the selected mode, and show its panel", async () => {
    render(
      <>
        <button type="button">Before</button>
        <Picker model="seedance-2.0" />
      </>,
    );
    expect(screen.getByRole("tablist", { name: "Video mode" })).toBeInTheDocument();
    expect(tab("Text to video")).toHaveAttribute("aria-selected", "true");
    expect(screen.getAllByRole("tab").filter((t) => t.tabIndex === 0)).toEqual([tab("Text to video")]);
    const panel = screen.getByRole("tabpanel", { name: "Text to video" });
    expect(panel).toHaveTextContent("Blocks of text_to_video");
    expect(tab("Text to video")).toHaveAttribute("aria-controls", panel.id);

    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Before" }));
    await user.tab();
    expect(tab("Text to video")).toHaveFocus();
    await user.tab();
    expect(panel).toHaveFocus();
  });

  it("move and select with the arrow keys, Home and End, wrapping around", async () => {
    render(<Picker model="seedance-2.0" />);
    const user = userEvent.setup();
    tab("Text to video").focus();
    await user.keyboard("{ArrowRight}");
    expect(tab("First-frame I2V")).toHaveFocus();
    expect(tab("First-frame I2V")).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "First-frame I2V" })).toHaveTextContent(
      "Blocks of first_frame",
    );
    expect(screen.queryByText("Blocks of text_to_video")).not.toBeInTheDocument();
    await user.keyboard("{End}");
    expect(tab("Stitch videos")).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{ArrowRight}");
    expect(tab("Text to video")).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{ArrowLeft}");
    expect(tab("Stitch videos")).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Home}");
    expect(tab("Text to video")).toHaveAttribute("aria-selected", "true");
  });

  it("skip the modes the model lacks, which say why, and select one on click", async () => {
    const onChange = vi.fn();
    render(
      <ModePicker caps={MODEL_CAPABILITIES["seedance-1.5-pro"]} value="first_last_frame" onChange={onChange}>
        <p>Blocks</p>
      </ModePicker>,
    );
    expect(tab("Reference images")).toBeDisabled();
    expect(tab("Reference images")).toHaveAttribute(
      "title",
      "Not available with seedance-1.5-pro: Reference images",
    );
    const user = userEvent.setup();
    tab("First & last frame").focus();
    await user.keyboard("{ArrowRight}");
    expect(tab("Text to video")).toHaveFocus();
    expect(onChange).toHaveBeenLastCalledWith("text_to_video");
    await user.click(tab("First-frame I2V"));
    expect(onChange).toHaveBeenLastCalledWith("first_frame");
  });

  it("keep a selected mode the model lacks selected, so nothing is lost", () => {
    render(<Picker model="seedance-1.5-pro" start="reference_images" />);
    expect(tab("Reference images")).toBeEnabled();
    expect(tab("Reference images")).toHaveAttribute("aria-selected", "true");
    expect(tab("Edit video")).toBeDisabled();
  });
});
