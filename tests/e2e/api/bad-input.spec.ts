import { expect, test } from "@playwright/test";
import { CROSS_SITE, expectApiError, HOSTILE_IDS, SAME_ORIGIN, TA_UNKNOWN } from "./support/api";

// Table-driven bad input against every route: each answer is a 4xx in the one error shape,
// never a 500, never an HTML page.

type Case = {
  name: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  headers?: Record<string, string>;
  data?: string;
  status: number;
  code?: string;
};

const json = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));
const JSON_HEADERS = { ...SAME_ORIGIN, "content-type": "application/json" };
const long = "x".repeat(300);
const portraitFrame = (id: string) => [
  { type: "image_url", frame_type: "first_frame", image_url: { url: `asset://${id}` } },
];

const CASES: Case[] = [
  // Queries
  { name: "a page that is not a number", method: "GET", path: "/api/asset-groups?page=abc", status: 400 },
  { name: "a page size over 100", method: "GET", path: "/api/asset-groups?pageSize=1000", status: 400 },
  { name: "an unknown kind filter", method: "GET", path: "/api/asset-groups?kind=HOLOGRAM", status: 400 },
  { name: "an unknown query parameter", method: "GET", path: "/api/asset-groups?admin=1", status: 400 },
  { name: "a 300-char keyword", method: "GET", path: `/api/assets?keyword=${long}`, status: 400 },
  {
    name: "a traversal-like group filter",
    method: "GET",
    path: "/api/assets?groupId=..%2F..%2Fx",
    status: 400,
  },
  { name: "an unknown status filter", method: "GET", path: "/api/assets?status=sleeping", status: 400 },
  { name: "a repeated query parameter", method: "GET", path: "/api/assets?page=1&page=2", status: 400 },
  { name: "a video limit of 0", method: "GET", path: "/api/videos?limit=0", status: 400 },
  { name: "a video limit over 100", method: "GET", path: "/api/videos?limit=101", status: 400 },
  {
    name: "a URL as a cursor",
    method: "GET",
    path: "/api/videos?after=https%3A%2F%2Fevil.example",
    status: 400,
  },
  { name: "an unknown order", method: "GET", path: "/api/videos?order=random", status: 400 },
  {
    name: "an unknown preview size",
    method: "GET",
    path: `/api/assets/${TA_UNKNOWN}/preview?size=huge`,
    status: 400,
  },
  {
    name: "a download flag that is not 0/1",
    method: "GET",
    path: "/api/videos/vid_1/content?download=yes",
    status: 400,
  },
  // JSON bodies
  {
    name: "malformed JSON",
    method: "POST",
    path: "/api/asset-groups",
    headers: JSON_HEADERS,
    data: "{nope",
    status: 400,
  },
  {
    name: "an empty body",
    method: "POST",
    path: "/api/asset-groups",
    headers: JSON_HEADERS,
    data: "",
    status: 400,
  },
  {
    name: "a JSON array",
    method: "POST",
    path: "/api/asset-groups",
    headers: JSON_HEADERS,
    data: "[]",
    status: 400,
  },
  {
    name: "wrong types",
    method: "POST",
    path: "/api/asset-groups",
    headers: JSON_HEADERS,
    data: json({ name: 5, kind: true }),
    status: 400,
  },
  {
    name: "an unknown kind",
    method: "POST",
    path: "/api/asset-groups",
    headers: JSON_HEADERS,
    data: json({ name: "a", kind: "HOLOGRAM" }),
    status: 400,
  },
  {
    name: "an unknown field",
    method: "POST",
    path: "/api/asset-groups",
    headers: JSON_HEADERS,
    data: json({ name: "a", kind: "VIRTUAL_PORTRAIT", admin: true }),
    status: 400,
  },
  {
    name: "a 300-char name",
    method: "POST",
    path: "/api/asset-groups",
    headers: JSON_HEADERS,
    data: json({ name: long, kind: "VIRTUAL_PORTRAIT" }),
    status: 400,
  },
  {
    name: "a blank name",
    method: "POST",
    path: "/api/asset-groups",
    headers: JSON_HEADERS,
    data: json({ name: "   ", kind: "VIRTUAL_PORTRAIT" }),
    status: 400,
  },
  {
    name: "a form-encoded body",
    method: "POST",
    path: "/api/asset-groups",
    headers: { ...SAME_ORIGIN, "content-type": "application/x-www-form-urlencoded" },
    data: "name=a&kind=VIRTUAL_PORTRAIT",
    status: 415,
  },
  {
    name: "a rename with an unknown field",
    method: "PATCH",
    path: `/api/assets/${TA_UNKNOWN}`,
    headers: JSON_HEADERS,
    data: json({ name: "a", groupId: "g" }),
    status: 400,
  },
  {
    name: "a sign-in with malformed JSON",
    method: "POST",
    path: "/api/session",
    headers: JSON_HEADERS,
    data: "{",
    status: 400,
  },
  {
    name: "a sign-in with a number",
    method: "POST",
    path: "/api/session",
    headers: JSON_HEADERS,
    data: json({ password: 1234 }),
    status: 400,
  },
  // Video requests
  {
    name: "a video without a prompt",
    method: "POST",
    path: "/api/videos",
    headers: JSON_HEADERS,
    data: json({ model: "seedance-2.0" }),
    status: 400,
  },
  {
    name: "a duration sent as a string",
    method: "POST",
    path: "/api/videos",
    headers: JSON_HEADERS,
    data: json({ model: "seedance-2.0", prompt: "p", duration: "5" }),
    status: 400,
  },
  {
    name: "an unknown top-level field",
    method: "POST",
    path: "/api/videos",
    headers: JSON_HEADERS,
    data: json({ model: "seedance-2.0", prompt: "p", secret: 1 }),
    status: 400,
  },
  {
    name: "an unknown model",
    method: "POST",
    path: "/api/videos",
    headers: JSON_HEADERS,
    data: json({ model: "sora-9", prompt: "p" }),
    status: 400,
  },
  {
    name: "a duration out of range",
    method: "POST",
    path: "/api/videos",
    headers: JSON_HEADERS,
    data: json({ model: "seedance-2.0", prompt: "p", duration: 99 }),
    status: 400,
  },
  {
    name: "a generic ua_ upload as a portrait",
    method: "POST",
    path: "/api/videos",
    headers: JSON_HEADERS,
    data: json({ model: "seedance-2.0", prompt: "p", frame_images: portraitFrame(`ua_${"1".repeat(32)}`) }),
    status: 400,
  },
  {
    name: "a portrait asset on seedance-1.5-pro",
    method: "POST",
    path: "/api/videos",
    headers: JSON_HEADERS,
    data: json({ model: "seedance-1.5-pro", prompt: "p", frame_images: portraitFrame(TA_UNKNOWN) }),
    status: 400,
  },
  {
    name: "a traversal asset reference",
    method: "POST",
    path: "/api/videos",
    headers: JSON_HEADERS,
    data: json({ model: "seedance-2.0", prompt: "p", frame_images: portraitFrame("ta_../../x") }),
    status: 400,
  },
  {
    name: "an unknown asset",
    method: "POST",
    path: "/api/videos",
    headers: JSON_HEADERS,
    data: json({ model: "seedance-2.0", prompt: "p", frame_images: portraitFrame(TA_UNKNOWN) }),
    status: 400,
  },
  // Cross-site mutations
  ...(
    [
      "POST /api/asset-groups",
      `PATCH /api/asset-groups/grp_1`,
      "DELETE /api/asset-groups/grp_1",
      "POST /api/assets",
      `PATCH /api/assets/${TA_UNKNOWN}`,
      `DELETE /api/assets/${TA_UNKNOWN}`,
      "POST /api/videos",
      "DELETE /api/videos/vid_1",
      "POST /api/session",
      "DELETE /api/session",
    ] as const
  ).flatMap((line): Case[] => {
    const [method, path] = line.split(" ") as [Case["method"], string];
    const data = json({ name: "a", kind: "VIRTUAL_PORTRAIT" });
    return [
      {
        name: `a cross-site ${line}`,
        method,
        path,
        headers: { ...CROSS_SITE, "content-type": "application/json" },
        data,
        status: 403,
        code: "forbidden_origin",
      },
      {
        name: `${line} from Origin: null`,
        method,
        path,
        headers: { origin: "null", "content-type": "application/json" },
        data,
        status: 403,
        code: "forbidden_origin",
      },
      {
        name: `${line} from another origin`,
        method,
        path,
        headers: { origin: "https://evil.example", "content-type": "application/json" },
        data,
        status: 403,
        code: "forbidden_origin",
      },
      {
        name: `${line} with neither header`,
        method,
        path,
        headers: { "content-type": "application/json" },
        data,
        status: 403,
        code: "forbidden_origin",
      },
    ];
  }),
  // Unknown routes and missing things
  { name: "an unknown API route", method: "GET", path: "/api/nothing-here", status: 404, code: "not_found" },
  { name: "an asset that does not exist", method: "GET", path: `/api/assets/${TA_UNKNOWN}`, status: 404 },
  {
    name: "a group that does not exist",
    method: "GET",
    path: "/api/asset-groups/grp_doesnotexist",
    status: 404,
  },
  { name: "a video that does not exist", method: "GET", path: "/api/videos/vid_doesnotexist", status: 404 },
];

const ID_ROUTES: {
  method: Case["method"];
  template: string;
  headers?: Record<string, string>;
  data?: string;
}[] = [
  { method: "GET", template: "/api/asset-groups/{id}" },
  { method: "PATCH", template: "/api/asset-groups/{id}", headers: JSON_HEADERS, data: json({ name: "x" }) },
  { method: "DELETE", template: "/api/asset-groups/{id}", headers: SAME_ORIGIN },
  { method: "GET", template: "/api/assets/{id}" },
  { method: "PATCH", template: "/api/assets/{id}", headers: JSON_HEADERS, data: json({ name: "x" }) },
  { method: "DELETE", template: "/api/assets/{id}", headers: SAME_ORIGIN },
  { method: "GET", template: "/api/assets/{id}/preview" },
  { method: "GET", template: "/api/videos/{id}" },
  { method: "DELETE", template: "/api/videos/{id}", headers: SAME_ORIGIN },
  { method: "GET", template: "/api/videos/{id}/content" },
  { method: "GET", template: "/api/videos/{id}/last-frame" },
  { method: "GET", template: "/api/videos/{id}/source-url" },
];

for (const route of ID_ROUTES) {
  for (const id of HOSTILE_IDS) {
    CASES.push({
      name: `${route.method} ${route.template} with the id ${id.slice(0, 40)}`,
      method: route.method,
      path: route.template.replace("{id}", id),
      headers: route.headers,
      data: route.data,
      status: -1,
    });
  }
}

test.describe("bad input against every route", () => {
  for (const entry of CASES) {
    test(`${entry.name} gets a 4xx in the error shape`, async ({ request }) => {
      const response = await request.fetch(entry.path, {
        method: entry.method,
        headers: entry.headers,
        data: entry.data,
        maxRedirects: 0,
      });
      const error = await expectApiError(response, entry.status === -1 ? undefined : entry.status);
      if (entry.code) expect(error.code).toBe(entry.code);
    });
  }
});
