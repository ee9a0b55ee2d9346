import { z } from "zod";

/** POST /api/session: sign in with the app password. */
export const signInInputSchema = z.strictObject({
  password: z.string().min(1, "Enter the password").max(1000),
});

/** GET /api/session: whether a password is needed and whether this browser has signed in. */
export const sessionStateSchema = z.object({ required: z.boolean(), authenticated: z.boolean() });
