import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl p-10">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-sm text-muted-foreground">There is no page at this address.</p>
      <p className="mt-4">
        <Link className="text-primary underline" href="/">
          Back to the overview
        </Link>
      </p>
    </main>
  );
}
