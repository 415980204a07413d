'use client';

/**
 * The one scaffolding of every create and edit dialog: a react-hook-form form validated by a zod
 * schema (messages next to the field), Cancel and a submit button that shows the pending state, a
 * toast on failure, and the server's userErrors put on the fields they name. The dialog renders
 * only its fields; TextField and SelectField cover the common ones.
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
import { UserErrorsError } from '@/lib/graphql-client';

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
  /** a server field (the input's field name, `field[1]` of a userError) → the form's field */
  serverFields?: Partial<Record<string, FieldPath<V>>>;
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
        if (error instanceof UserErrorsError)
          for (const e of error.userErrors) {
            const server = e.field?.[1] ?? '';
            const field =
              props.serverFields?.[server] ??
              (server in (props.defaultValues as object) ? (server as FieldPath<V>) : undefined);
            if (field) form.setError(field, { message: e.message });
          }
        toast.error(props.failure, { description: errorMessage(error) });
      },
    });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      {props.trigger ? <DialogTrigger asChild>{props.trigger}</DialogTrigger> : null}
      <DialogContent>
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

/** A labelled text input with its hint and message. */
export function TextField<V extends FieldValues>(props: {
  control: Control<V>;
  name: FieldPath<V>;
  label: string;
  hint?: ReactNode;
  type?: 'text' | 'email' | 'password' | 'url';
  inputMode?: 'numeric' | 'decimal';
  placeholder?: string;
  autoComplete?: string;
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
            <Select value={field.value} onValueChange={field.onChange}>
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
