import { z } from "zod";

/** POST /api/session: sign in with the app password. */
export const signInInputSchema = z.strictObject({
  password: z.string().min(1, "Enter the password").max(1000),
});
export type SignInInput = z.infer<typeof signInInputSchema>;

/** GET /api/session: whether a password is needed and whether this browser has signed in. */
export const sessionStateSchema = z.object({ required: z.boolean(), authenticated: z.boolean() });
export type SessionState = z.infer<typeof sessionStateSchema>;
