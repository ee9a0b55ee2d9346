import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { hasPageSession, safeNextPath } from "@/lib/api/page-session";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

// Per request: whether a password is needed is the running server's env, not the build's.
export const dynamic = "force-dynamic";

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const next = safeNextPath((await searchParams).next);
  if (await hasPageSession()) redirect(next);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="border-border bg-surface w-full max-w-sm rounded-lg border p-6 shadow-sm">
        <h1 className="text-lg font-semibold">Portrait Studio</h1>
        <p className="text-muted mt-1 mb-5 text-sm">
          This studio is protected. Enter the password to continue.
        </p>
        <LoginForm next={next} />
      </div>
    </main>
  );
}
