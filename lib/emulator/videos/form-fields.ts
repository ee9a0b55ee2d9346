import { apiError } from "../http/errors";

// Multipart submissions (the OpenAI SDK's `videos.create`) carry every field as a string. This
// turns them into the JSON body shape; structured fields may be sent as JSON text.

const BOOLEAN_FIELDS = ["generate_audio", "watermark", "return_last_frame"];
const INTEGER_FIELDS = ["duration", "seed", "execution_expires_after"];
const JSON_FIELDS = ["frame_images", "input_references", "metadata"];

const invalid = (param: string, message: string) =>
  apiError(400, message, { param, code: "InvalidParameter" });

export function formToBody(fields: Record<string, string>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(fields)) {
    const value = raw.trim();
    if (BOOLEAN_FIELDS.includes(name)) {
      if (!/^(true|false|1|0)$/i.test(value)) throw invalid(name, `${name} must be true or false`);
      body[name] = /^(true|1)$/i.test(value);
    } else if (INTEGER_FIELDS.includes(name)) {
      if (!/^-?\d+$/.test(value)) {
        const prefix = name === "duration" ? "InvalidParameter on duration: " : "";
        throw invalid(name, `${prefix}${name} must be a whole number`);
      }
      body[name] = Number(value);
    } else if (JSON_FIELDS.includes(name)) {
      try {
        body[name] = JSON.parse(value);
      } catch {
        throw invalid(name, `${name} must be JSON when sent as a form field`);
      }
    } else if (name === "input_reference[image_url]") {
      body.frame_images = [{ type: "image_url", frame_type: "first_frame", image_url: { url: value } }];
    } else if (name.startsWith("input_reference[")) {
      throw invalid("input_reference", "Only an uploaded image or input_reference[image_url] is supported");
    } else {
      body[name] = raw;
    }
  }
  return body;
}
