import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DateCell } from "@/components/assets/shared/date-cell";

describe("DateCell", () => {
  it("renders UTC on the server, so its HTML never depends on the server's time zone", () => {
    const html = renderToString(<DateCell iso="2026-01-10T15:04:00Z" />);
    expect(html).toContain("Jan 10, 2026");
    expect(html).toContain("3:04");
    expect(html).toContain("UTC");
  });

  it("shows the time in the browser's own zone once hydrated", () => {
    render(<DateCell iso="2026-01-10T15:04:00Z" />);
    const time = screen.getByText("Jan 10, 2026").closest("time");
    expect(time).toHaveAttribute("dateTime", "2026-01-10T15:04:00Z");
    expect(time).not.toHaveTextContent("UTC");
  });

  it("shows a dash for a missing date", () => {
    render(<DateCell iso={null} />);
    expect(screen.getByText("—")).toBeInTheDocument();
  });
});
