import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";

// Testing Library cleans up automatically only with vitest globals; component tests share one document.
afterEach(async () => {
  if (typeof document !== "undefined") {
    const { cleanup } = await import("@testing-library/react");
    cleanup();
  }
});
