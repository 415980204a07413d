import type { ReactNode } from 'react';
import { cn } from '@/lib/utils';

export interface CheckboxOption<T extends string> {
  value: T;
  label: ReactNode;
}

/**
 * A set of choices ticked independently (tiers, days of the week), as one fieldset with its legend:
 * `value` is the ticked values in the order they were ticked. `options` undefined means still
 * loading (`loading` is shown instead).
 */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  hint,
  loading = 'Loading…',
  className,
}: {
  legend: string;
  options: readonly CheckboxOption<T>[] | undefined;
  value: readonly T[];
  onChange: (next: T[]) => void;
  hint?: string;
  loading?: string;
  className?: string;
}) {
  return (
    <fieldset className={cn('grid gap-1.5', className)}>
      <legend className="mb-1.5 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-3">
        {options?.map((o) => (
          <label key={o.value} className="flex items-center gap-1.5 text-sm">
            <input
              type="checkbox"
              className="size-4"
              checked={value.includes(o.value)}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, o.value] : value.filter((x) => x !== o.value))
              }
            />
            {o.label}
          </label>
        )) ?? <span className="text-sm text-muted-foreground">{loading}</span>}
      </div>
      {hint && <p className="text-xs text-muted-foreground">{hint}</p>}
    </fieldset>
  );
}
