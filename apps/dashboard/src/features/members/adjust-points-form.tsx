'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import {
  DashboardAdjustPointsDocument,
  DashboardAuditLogDocument,
  DashboardMemberDocument,
  DashboardMemberLedgerDocument,
  DashboardMembersDocument,
} from '@accrue/sdk/src/generated/graphql';
import { errorMessage } from '@/components/states';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
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
import { Textarea } from '@/components/ui/textarea';
import { formatSignedPoints } from '@/lib/format';
import { UserErrorsError, requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation } from '@/lib/use-gql';

const schema = z.object({
  points: z
    .string()
    .trim()
    .regex(/^[-+]?\d+$/, { message: 'A whole number of points: 50 adds, -50 removes' })
    .refine((v) => Number(v) !== 0, { message: 'Zero changes nothing' })
    .refine((v) => Math.abs(Number(v)) <= 1_000_000, { message: 'At most 1,000,000 points at a time' }),
  reason: z
    .string()
    .trim()
    .min(3, { message: 'Say why (at least 3 characters): it goes to the ledger and the audit log' })
    .max(500, { message: 'At most 500 characters' }),
});
type Values = z.infer<typeof schema>;

/** A manual adjustment with its mandatory reason (SUPPORT, ADMIN). */
export function AdjustPointsForm({ memberId, available }: { memberId: string; available: number }) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { points: '', reason: '' } });
  const adjust = useGqlMutation(DashboardAdjustPointsDocument, {
    select: (d) => requireNoUserErrors(d.adjustPoints),
    invalidates: [
      DashboardMemberDocument,
      DashboardMemberLedgerDocument,
      DashboardMembersDocument,
      DashboardAuditLogDocument,
    ],
  });

  const onSubmit = (values: Values) => {
    const points = Number(values.points);
    adjust.mutate(
      {
        input: {
          member: { id: memberId },
          points,
          reason: values.reason,
          // one key per submission: a retried request is not applied twice
          key: `dashboard-${crypto.randomUUID()}`,
        },
      },
      {
        onSuccess: (payload) => {
          toast.success(`${formatSignedPoints(points)} points applied`, {
            description: `Available balance now ${payload.member?.balance.available.toLocaleString('en-GB') ?? '—'} points.`,
          });
          form.reset();
        },
        onError: (error) => {
          if (error instanceof UserErrorsError) {
            for (const e of error.userErrors) {
              const field = e.field?.[e.field.length - 1];
              if (field === 'points' || field === 'reason') form.setError(field, { message: e.message });
            }
          }
          toast.error('The adjustment was not applied', { description: errorMessage(error) });
        },
      },
    );
  };

  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Adjust points</CardTitle>
          <CardDescription>
            Adds or removes points now. Available: {available.toLocaleString('en-GB')}.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <Form {...form}>
          <form
            onSubmit={form.handleSubmit(onSubmit)}
            className="grid gap-4"
            noValidate
            aria-label="Adjust points"
          >
            <FormField
              control={form.control}
              name="points"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Points</FormLabel>
                  <FormControl>
                    <Input inputMode="numeric" placeholder="e.g. 200 or -50" {...field} />
                  </FormControl>
                  <FormDescription>Positive adds, negative removes.</FormDescription>
                  <FormMessage />
                </FormItem>
              )}
            />
            <FormField
              control={form.control}
              name="reason"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Reason</FormLabel>
                  <FormControl>
                    <Textarea
                      rows={3}
                      placeholder="e.g. goodwill for a late delivery (ticket 4812)"
                      {...field}
                    />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
            <Button type="submit" disabled={adjust.isPending}>
              {adjust.isPending ? 'Applying…' : 'Apply adjustment'}
            </Button>
          </form>
        </Form>
      </CardContent>
    </Card>
  );
}
