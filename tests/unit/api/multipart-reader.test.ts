// @vitest-environment node
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors/api-error";
import { readMultipart } from "@/lib/api/upload/multipart-reader";

const requestWith = (contentType: string) =>
  new Request("http://localhost/api/assets", {
    method: "POST",
    headers: { "content-type": contentType },
    body: "abc",
  });

describe("readMultipart", () => {
  it.each(["multipart/form-data; boundary=", "text/plain"])(
    "refuses the content type %j as a client error instead of crashing",
    async (contentType) => {
      const parts = readMultipart(requestWith(contentType), { maxFileBytes: 1024, maxBodyBytes: 4096 });
      const error = await parts.next().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe("unsupported_media_type");
    },
  );
});
