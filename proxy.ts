import { NextResponse, type NextRequest } from "next/server";

// Next answers a dynamic API segment with broken percent-encoding (e.g. /api/assets/%d) with a
// plain-text 500 before any route handler runs; refuse such paths here with the app's 400 shape.
// The matchers leave out the routes that take large bodies (POST /api/assets, /api/videos and the
// emulator's /v1/assets and /v1/videos): a proxy would buffer and truncate them above 10 MB.
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.json(
      { error: { code: "validation_error", message: "The URL path has a malformed percent-encoding." } },
      { status: 400 },
    );
  }
}

export const config = {
  matcher: [
    "/api/:resource/:rest+",
    "/emulator/v1/:resource/:rest+",
    "/emulator/verify/:token+",
    "/emulator/files/:rest+",
  ],
};
