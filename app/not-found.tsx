import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex max-w-md flex-col items-center gap-3 px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-muted">That page does not exist.</p>
      <Link href="/playground" className="text-accent underline">
        Go to the Playground
      </Link>
    </main>
  );
}
