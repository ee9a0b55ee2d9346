"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { ClientApiError } from "@/lib/client/api-error";
import { noContent } from "@/lib/client/answer";
import { fetchJson } from "@/lib/client/fetch-json";

export function LoginForm({ next }: { next: string }) {
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await fetchJson(noContent, "/api/session", { method: "POST", json: { password } });
      // A full navigation, so the server layout sees the new cookie.
      window.location.assign(next);
    } catch (caught) {
      setError(caught instanceof ClientApiError ? caught.message : "Could not sign in. Try again.");
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <Field label="Password" htmlFor="password" error={error}>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          autoFocus
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "password-error" : undefined}
        />
      </Field>
      <Button type="submit" disabled={pending || password === ""}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
