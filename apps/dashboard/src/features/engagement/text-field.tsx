'use client';

import type { ReactNode } from 'react';
import type { Control, FieldValues, Path } from 'react-hook-form';
import {
  FormControl,
  FormDescription,
  FormField,
  FormItem,
  FormLabel,
  FormMessage,
} from '@/components/ui/form';
import { Input } from '@/components/ui/input';

/** A text input of a react-hook-form form: its label, its hint and its error right under it. */
export function TextField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  inputMode,
  type,
  disabled,
  placeholder,
}: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  hint?: ReactNode;
  inputMode?: 'numeric' | 'decimal';
  type?: string;
  disabled?: boolean;
  placeholder?: string;
}) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <Input
              inputMode={inputMode}
              type={type}
              placeholder={placeholder}
              {...field}
              disabled={disabled}
            />
          </FormControl>
          {hint ? <FormDescription>{hint}</FormDescription> : null}
          <FormMessage />
        </FormItem>
      )}
    />
  );
}
