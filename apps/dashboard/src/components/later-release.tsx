import { ClockIcon } from 'lucide-react';

/** A page that arrives with a later release, said plainly. */
export function LaterRelease({ title, what }: { title: string; what: string }) {
  return (
    <>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      </div>
      <div
        className="flex flex-col items-center gap-3 rounded-xl border border-dashed bg-card px-6 py-14 text-center"
        role="status"
      >
        <ClockIcon aria-hidden className="size-7 text-muted-foreground" />
        <p className="text-base font-medium">{title} arrives with the campaigns release</p>
        <p className="max-w-lg text-sm text-muted-foreground">{what}</p>
      </div>
    </>
  );
}
