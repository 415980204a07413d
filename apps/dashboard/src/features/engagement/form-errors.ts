import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiError, UserErrorsError } from '@/lib/graphql-client';

/**
 * Puts the API's refusals next to the fields they name: userErrors, or a BAD_USER_INPUT naming a
 * field (["input","closesAt"] → the form's "closesAt"). `fields` maps the API's names to the form's.
 */
export function showFieldErrors<T extends FieldValues>(
  form: UseFormReturn<T>,
  error: unknown,
  fields: Record<string, Path<T>>,
) {
  const named: { path: string[]; message: string }[] =
    error instanceof UserErrorsError
      ? error.userErrors.map((e) => ({ path: e.field ?? [], message: e.message }))
      : error instanceof ApiError
        ? error.errors.map((e) => ({ path: e.extensions?.field ?? [], message: e.message }))
        : [];
  for (const { path, message } of named) {
    // the deepest name the form knows: prizes.0.name before prizes
    for (let i = path.length; i > 1; i--) {
      const f = fields[path.slice(1, i).join('.')];
      if (f) {
        form.setError(f, { message: sentence(message) });
        break;
      }
    }
  }
}

/** "must be after opensAt" → "Must be after the opening time": the API's words, without its field names. */
function sentence(message: string) {
  const words: Record<string, string> = {
    opensAt: 'the opening time',
    closesAt: 'the closing time',
    startsAt: 'the start',
    endsAt: 'the end',
    topN: 'the number of ranks',
    eventType: 'the event',
  };
  let text = message;
  for (const [k, v] of Object.entries(words)) text = text.replaceAll(k, v);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
