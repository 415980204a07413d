'use client';

import { useRouter } from 'next/navigation';
import { PlusIcon, Trash2Icon } from 'lucide-react';
import { useFieldArray, type Control } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import {
  CreatePointsDrawDocument,
  DashboardAuditLogDocument,
  PointsDrawsDocument,
} from '@accrue/sdk/src/generated/graphql';
import { FormDialog, TextField } from '@/components/form-dialog';
import { useSession } from '@/components/shell/session-context';
import { Button } from '@/components/ui/button';
import { zonedToUtc } from '@/lib/format';
import { requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation } from '@/lib/use-gql';
import { inFormWords } from './form-errors';

const whole = (message: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { message })
    .refine((v) => Number(v) >= min && Number(v) <= max, {
      message: `From ${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')}`,
    });
const schema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, { message: 'Name the draw' })
      .max(200, { message: 'At most 200 characters' }),
    entryCostPoints: whole('A whole number of points', 1, 100_000_000),
    maxEntriesPerMember: z
      .string()
      .trim()
      .regex(/^\d*$/, { message: 'A whole number, or empty for no limit' }),
    opensAt: z.string().min(1, { message: 'When members may start entering' }),
    closesAt: z.string().min(1, { message: 'When entries close' }),
    prizes: z
      .array(
        z.object({
          name: z
            .string()
            .trim()
            .min(1, { message: 'Name the prize' })
            .max(200, { message: 'At most 200 characters' }),
          stock: whole('A whole number', 1, 100_000),
        }),
      )
      .min(1, { message: 'At least one prize' })
      .max(100, { message: 'At most 100 prizes' }),
  })
  .superRefine((v, ctx) => {
    if (v.opensAt && v.closesAt && v.closesAt <= v.opensAt)
      ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'After the opening time' });
    if (v.maxEntriesPerMember && Number(v.maxEntriesPerMember) < 1)
      ctx.addIssue({ code: 'custom', path: ['maxEntriesPerMember'], message: 'At least 1, or empty' });
  });
type Values = z.infer<typeof schema>;
const EMPTY: Values = {
  name: '',
  entryCostPoints: '',
  maxEntriesPerMember: '',
  opensAt: '',
  closesAt: '',
  prizes: [{ name: '', stock: '1' }],
};

export function CreateDrawDialog() {
  const session = useSession();
  const router = useRouter();
  const tz = session.program.timezone;
  const create = useGqlMutation(CreatePointsDrawDocument, {
    select: (d) => requireNoUserErrors(d.createPointsDraw),
    invalidates: [PointsDrawsDocument, DashboardAuditLogDocument],
  });
  return (
    <FormDialog
      title="New points draw"
      description={`A secret seed is drawn when you create it and its hash published at once; the winners are drawn from it after the close. Times in ${session.zoneLabel}.`}
      trigger={
        <Button>
          <PlusIcon aria-hidden /> New draw
        </Button>
      }
      wide
      schema={schema}
      defaultValues={EMPTY}
      mutation={create}
      toVariables={(v) => ({
        input: {
          name: v.name,
          entryCostPoints: Number(v.entryCostPoints),
          maxEntriesPerMember: v.maxEntriesPerMember ? Number(v.maxEntriesPerMember) : null,
          opensAt: zonedToUtc(v.opensAt, tz).toISOString(),
          closesAt: zonedToUtc(v.closesAt, tz).toISOString(),
          prizes: v.prizes.map((p) => ({ name: p.name, stock: Number(p.stock) })),
        },
      })}
      serverMessage={inFormWords}
      submitLabel="Create draw"
      pendingLabel="Creating…"
      failure="The draw was not created"
      onSuccess={(payload) => {
        toast.success(`Draw “${payload.draw?.name}” created: its seed hash is published`);
        if (payload.draw) router.push(`/draws/${encodeURIComponent(payload.draw.id)}`);
      }}
    >
      {(form) => (
        <>
          <TextField control={form.control} name="name" label="Name" />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              control={form.control}
              name="entryCostPoints"
              label="Entry cost (points)"
              hint="What one entry costs a member"
              inputMode="numeric"
            />
            <TextField
              control={form.control}
              name="maxEntriesPerMember"
              label="Entries per member"
              hint="Empty: no limit"
              inputMode="numeric"
            />
            <TextField control={form.control} name="opensAt" label={`Opens (${tz})`} type="datetime-local" />
            <TextField
              control={form.control}
              name="closesAt"
              label={`Closes (${tz})`}
              hint="Entries can be bought and cancelled until then"
              type="datetime-local"
            />
          </div>
          <PrizesField control={form.control} />
        </>
      )}
    </FormDialog>
  );
}

/** The prizes, first drawn first: a name and a stock each, added and removed in place. */
function PrizesField({ control }: { control: Control<Values> }) {
  const prizes = useFieldArray({ control, name: 'prizes' });
  return (
    <fieldset className="grid gap-3 rounded-md border p-4">
      <legend className="px-1 text-sm font-medium">Prizes, first drawn first</legend>
      {prizes.fields.map((p, i) => (
        <div key={p.id} className="grid items-start gap-3 sm:grid-cols-[2fr_1fr_auto]">
          <TextField control={control} name={`prizes.${i}.name`} label={`Prize ${i + 1}`} />
          <TextField
            control={control}
            name={`prizes.${i}.stock`}
            label={`Stock of prize ${i + 1}`}
            inputMode="numeric"
          />
          <Button
            type="button"
            variant="outline"
            size="icon"
            className="sm:mt-[1.375rem]"
            aria-label={`Remove prize ${i + 1}`}
            disabled={prizes.fields.length <= 1}
            onClick={() => prizes.remove(i)}
          >
            <Trash2Icon aria-hidden />
          </Button>
        </div>
      ))}
      <div>
        <Button
          type="button"
          variant="outline"
          size="sm"
          disabled={prizes.fields.length >= 100}
          onClick={() => prizes.append({ name: '', stock: '1' })}
        >
          <PlusIcon aria-hidden /> Add prize
        </Button>
      </div>
      <p className="text-xs text-muted-foreground">
        A member wins at most once; stock is how many winners a prize has.
      </p>
    </fieldset>
  );
}
