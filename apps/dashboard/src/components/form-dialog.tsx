'use client';

/**
 * The one scaffolding of every create and edit dialog: a react-hook-form form validated by a zod
 * schema (messages next to the field), Cancel and a submit button that shows the pending state, a
 * toast on failure, and the server's refusals put on the fields they name (userErrors, or a
 * BAD_USER_INPUT naming a field). The dialog renders only its fields; TextField and SelectField
 * cover the common ones.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  useForm,
  type Control,
  type DefaultValues,
  type FieldPath,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import { toast } from 'sonner';
import type { z } from 'zod';
import { errorMessage } from '@/components/states';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog';
import {
  Form,
  FormControl,
  FormDescription,
  FormField,
  FormItem,
  FormLabel,
  FormMessage,
} from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { ApiError, UserErrorsError } from '@/lib/graphql-client';

export interface FormDialogProps<V extends FieldValues, Vars, R> {
  title: string;
  description?: ReactNode;
  /** the button that opens it; leave out when the dialog is opened from outside (`open`) */
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  schema: z.ZodType<V, V>;
  /** the values the form starts from each time it opens (an edit dialog: the current ones) */
  defaultValues: DefaultValues<NoInfer<V>>;
  mutation: UseMutationResult<R, Error, Vars>;
  toVariables: (values: NoInfer<V>) => Vars;
  /**
   * a server field (its path below the input, `prizes.0.name` for ["input","prizes","0","name"]) →
   * the form's field; a path the form holds a value at needs no entry
   */
  serverFields?: Partial<Record<string, FieldPath<V>>>;
  /** the server's message in the form's words (the API's field names → what the labels call them) */
  serverMessage?: (message: string) => string;
  /** a wider dialog, for forms laid out in two columns */
  wide?: boolean;
  submitLabel: string;
  pendingLabel: string;
  /** the toast's title when the server refuses */
  failure: string;
  onSuccess?: (result: R, values: NoInfer<V>) => void;
  children: (form: UseFormReturn<NoInfer<V>>) => ReactNode;
}

export function FormDialog<V extends FieldValues, Vars, R>(props: FormDialogProps<V, Vars, R>) {
  const [ownOpen, setOwnOpen] = useState(false);
  const open = props.open ?? ownOpen;
  const setOpen = props.onOpenChange ?? setOwnOpen;
  const form = useForm<V>({
    resolver: zodResolver(props.schema) as Resolver<V>,
    defaultValues: props.defaultValues,
  });
  // each opening starts from the given values (an edit dialog opened on another row)
  const wasOpen = useRef(open);
  useEffect(() => {
    if (open && !wasOpen.current) form.reset(props.defaultValues);
    wasOpen.current = open;
  });

  const onSubmit = (values: V) =>
    props.mutation.mutate(props.toVariables(values), {
      onSuccess: (result) => {
        setOpen(false);
        props.onSuccess?.(result, values);
      },
      onError: (error) => {
        for (const { path, message } of namedErrors(error)) {
          // the deepest name the form knows: prizes.0.name before prizes
          for (let i = path.length; i > 1; i--) {
            const server = path.slice(1, i).join('.');
            const field =
              props.serverFields?.[server] ??
              (form.getValues(server as FieldPath<V>) !== undefined ? (server as FieldPath<V>) : undefined);
            if (!field) continue;
            // "input.closesAt: must be after opensAt" → "Must be after opensAt" (then the form's words)
            const own = message.startsWith(`${path.join('.')}: `)
              ? message.slice(path.join('.').length + 2)
              : message;
            const text = props.serverMessage ? props.serverMessage(own) : own;
            form.setError(field, { message: text.charAt(0).toUpperCase() + text.slice(1) });
            break;
          }
        }
        toast.error(props.failure, { description: errorMessage(error) });
      },
    });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      {props.trigger ? <DialogTrigger asChild>{props.trigger}</DialogTrigger> : null}
      <DialogContent className={props.wide ? 'sm:max-w-2xl' : undefined}>
        <DialogHeader>
          <DialogTitle>{props.title}</DialogTitle>
          {props.description ? <DialogDescription>{props.description}</DialogDescription> : null}
        </DialogHeader>
        <Form {...form}>
          <form
            onSubmit={form.handleSubmit(onSubmit)}
            noValidate
            className="grid gap-4"
            aria-label={props.title}
          >
            {props.children(form)}
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={props.mutation.isPending}>
                {props.mutation.isPending ? props.pendingLabel : props.submitLabel}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}

/** The fields a refusal names (userErrors, or top-level errors such as BAD_USER_INPUT), with their messages. */
function namedErrors(error: Error): { path: string[]; message: string }[] {
  if (error instanceof UserErrorsError)
    return error.userErrors.map((e) => ({ path: e.field ?? [], message: e.message }));
  if (error instanceof ApiError)
    return error.errors.map((e) => ({ path: e.extensions?.field ?? [], message: e.message }));
  return [];
}

/** A labelled text input with its hint and message. */
export function TextField<V extends FieldValues>(props: {
  control: Control<V>;
  name: FieldPath<V>;
  label: string;
  hint?: ReactNode;
  type?: 'text' | 'email' | 'password' | 'url' | 'datetime-local';
  inputMode?: 'numeric' | 'decimal';
  placeholder?: string;
  autoComplete?: string;
  disabled?: boolean;
}) {
  return (
    <FormField
      control={props.control}
      name={props.name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{props.label}</FormLabel>
          <FormControl>
            <Input
              type={props.type ?? 'text'}
              inputMode={props.inputMode}
              placeholder={props.placeholder}
              autoComplete={props.autoComplete}
              {...field}
              disabled={props.disabled}
            />
          </FormControl>
          {props.hint ? <FormDescription>{props.hint}</FormDescription> : null}
          <FormMessage />
        </FormItem>
      )}
    />
  );
}

/** A labelled choice among fixed options, with an optional hint for the chosen one. */
export function SelectField<V extends FieldValues>(props: {
  control: Control<V>;
  name: FieldPath<V>;
  label: string;
  options: readonly { value: string; label: string; hint?: string }[];
  disabled?: boolean;
}) {
  return (
    <FormField
      control={props.control}
      name={props.name}
      render={({ field }) => {
        const hint = props.options.find((o) => o.value === field.value)?.hint;
        return (
          <FormItem>
            <FormLabel>{props.label}</FormLabel>
            <Select value={field.value} onValueChange={field.onChange} disabled={props.disabled}>
              <FormControl>
                <SelectTrigger>
                  <SelectValue />
                </SelectTrigger>
              </FormControl>
              <SelectContent>
                {props.options.map((o) => (
                  <SelectItem key={o.value} value={o.value}>
                    {o.label}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            {hint ? <FormDescription>{hint}</FormDescription> : null}
            <FormMessage />
          </FormItem>
        );
      }}
    />
  );
}
