'use client';

import { PlusIcon } from 'lucide-react';
import { toast } from 'sonner';
import { z } from 'zod';
import {
  CreateLeaderboardDocument,
  DashboardAuditLogDocument,
  LeaderboardsDocument,
} from '@accrue/sdk/src/generated/graphql';
import { FormDialog, SelectField, TextField } from '@/components/form-dialog';
import { Button } from '@/components/ui/button';
import { requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation } from '@/lib/use-gql';
import { inFormWords } from './form-errors';

const prizeList = (v: string) =>
  v
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number);
const schema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, { message: 'Name the leaderboard' })
      .max(200, { message: 'At most 200 characters' }),
    period: z.enum(['WEEKLY', 'MONTHLY']),
    topN: z
      .string()
      .trim()
      .regex(/^\d+$/, { message: 'A whole number of ranks' })
      .refine((v) => Number(v) >= 1 && Number(v) <= 1000, { message: 'From 1 to 1,000 ranks' }),
    prizePoints: z
      .string()
      .trim()
      .regex(/^(\d+[,\s]*)*$/, { message: 'Whole numbers of points, separated by commas: 500, 300, 200' }),
  })
  .superRefine((v, ctx) => {
    if (prizeList(v.prizePoints).length > Number(v.topN))
      ctx.addIssue({
        code: 'custom',
        path: ['prizePoints'],
        message: 'More prizes than ranks awarded',
      });
  });
const PERIODS = [
  { value: 'WEEKLY', label: 'Weekly (Monday first)' },
  { value: 'MONTHLY', label: 'Monthly' },
] as const;

export function CreateLeaderboardDialog() {
  const create = useGqlMutation(CreateLeaderboardDocument, {
    select: (d) => requireNoUserErrors(d.createLeaderboard),
    invalidates: [LeaderboardsDocument, DashboardAuditLogDocument],
  });
  return (
    <FormDialog
      title="New leaderboard"
      description="Ranks members by the points they earn in each period; the top ranks get prize points when the period is closed."
      trigger={
        <Button>
          <PlusIcon aria-hidden /> New leaderboard
        </Button>
      }
      schema={schema}
      defaultValues={{ name: '', period: 'WEEKLY', topN: '3', prizePoints: '' }}
      mutation={create}
      toVariables={(v) => ({
        input: {
          name: v.name,
          period: v.period,
          topN: Number(v.topN),
          prizePoints: prizeList(v.prizePoints),
        },
      })}
      serverMessage={inFormWords}
      submitLabel="Create leaderboard"
      pendingLabel="Creating…"
      failure="The leaderboard was not created"
      onSuccess={(p) => toast.success(`Leaderboard “${p.leaderboard?.name}” created`)}
    >
      {(form) => (
        <>
          <TextField control={form.control} name="name" label="Name" />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField control={form.control} name="period" label="Period" options={PERIODS} />
            <TextField
              control={form.control}
              name="topN"
              label="Ranks shown and awarded"
              inputMode="numeric"
            />
          </div>
          <TextField
            control={form.control}
            name="prizePoints"
            label="Prize points by rank"
            hint="First rank first; ranks without a number get no prize."
            placeholder="500, 300, 200"
          />
        </>
      )}
    </FormDialog>
  );
}
