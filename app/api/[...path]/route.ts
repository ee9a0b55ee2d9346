import { ApiError } from "@/lib/errors/api-error";
import { route } from "@/lib/api/route";

// Any other /api path - a JSON 404 in the one error shape instead of the HTML not-found page
const notFound = route({ public: true }, () => {
  throw new ApiError("not_found", "There is no such API route.");
});

export { notFound as DELETE, notFound as GET, notFound as PATCH, notFound as POST, notFound as PUT };
