'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { PlusIcon, Trash2Icon } from 'lucide-react';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import {
  DashboardAuditLogDocument,
  DashboardOverviewDocument,
  DashboardProgramDocument,
  DashboardUpdateProgramSettingsDocument,
  type DashboardProgramQuery,
} from '@accrue/sdk/src/generated/graphql';
import { errorMessage } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
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
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatMultiplier, formatNumber, minorPerUnit } from '@/lib/format';
import { UserErrorsError, requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation } from '@/lib/use-gql';
import { orderPoints, rulesFrom, sampleOrders, type EarningSettings } from './preview';

type Program = DashboardProgramQuery;
const whole = (message: string) => z.string().trim().regex(/^\d+$/, { message });
const optionalWhole = (message: string) => z.string().trim().regex(/^\d*$/, { message });

const schema = z.object({
  pointsPerCurrencyUnit: whole('A whole number of points, e.g. 1').refine(
    (v) => Number(v) >= 1 && Number(v) <= 1000,
    {
      message: 'Between 1 and 1,000',
    },
  ),
  purchasePointsExpireInDays: optionalWhole('Days, or empty for never'),
  pendingDays: whole('Days, 0 for none').refine((v) => Number(v) <= 365, { message: 'At most 365 days' }),
  monthlyBonusCapPoints: optionalWhole('Points, or empty for no cap'),
  categoryMultipliers: z.array(
    z.object({
      category: z.string().trim().min(1, { message: 'Name the category' }).max(100),
      multiplier: z
        .string()
        .trim()
        .regex(/^\d+(\.\d+)?$/, { message: 'A number, e.g. 1.5' })
        .refine((v) => Number(v) >= 1 && Number(v) <= 10, { message: 'Between 1 and 10' }),
    }),
  ),
});
type Values = z.infer<typeof schema>;

const toValues = (p: Program['programSettings']): Values => ({
  pointsPerCurrencyUnit: String(p.pointsPerCurrencyUnit),
  purchasePointsExpireInDays:
    p.purchasePointsExpireInDays == null ? '' : String(p.purchasePointsExpireInDays),
  pendingDays: String(p.pendingDays),
  monthlyBonusCapPoints: p.monthlyBonusCapPoints == null ? '' : String(p.monthlyBonusCapPoints),
  categoryMultipliers: p.categoryMultipliers.map((c) => ({
    category: c.category,
    multiplier: String(c.multiplier),
  })),
});

const toSettings = (p: Program['programSettings'], v?: Values): EarningSettings => ({
  currency: p.currency,
  timezone: p.timezone,
  minorPerUnit: minorPerUnit(p.currency),
  pointsPerCurrencyUnit: v ? Number(v.pointsPerCurrencyUnit) : p.pointsPerCurrencyUnit,
  pendingDays: v ? Number(v.pendingDays) : p.pendingDays,
  purchasePointsExpireInDays: v
    ? v.purchasePointsExpireInDays === ''
      ? null
      : Number(v.purchasePointsExpireInDays)
    : (p.purchasePointsExpireInDays ?? null),
  categoryMultipliers: v
    ? v.categoryMultipliers.map((c) => ({ category: c.category.trim(), multiplier: Number(c.multiplier) }))
    : p.categoryMultipliers,
});

/** Earning rules: the base rate, expiry, return window, bonus cap and category multipliers. */
export function EarningRules({ program }: { program: Program }) {
  const session = useSession();
  const editable = session.can('program:write');
  const settings = program.programSettings;
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: toValues(settings) });
  const categories = useFieldArray({ control: form.control, name: 'categoryMultipliers' });
  const [preview, setPreview] = useState<Values>();
  const save = useGqlMutation(DashboardUpdateProgramSettingsDocument, {
    select: (d) => requireNoUserErrors(d.updateProgramSettings),
    invalidates: [DashboardProgramDocument, DashboardOverviewDocument, DashboardAuditLogDocument],
  });
  const confirm = () => {
    if (!preview) return;
    save.mutate(
      {
        input: {
          pointsPerCurrencyUnit: Number(preview.pointsPerCurrencyUnit),
          purchasePointsExpireInDays:
            preview.purchasePointsExpireInDays === '' ? null : Number(preview.purchasePointsExpireInDays),
          pendingDays: Number(preview.pendingDays),
          monthlyBonusCapPoints:
            preview.monthlyBonusCapPoints === '' ? null : Number(preview.monthlyBonusCapPoints),
          categoryMultipliers: preview.categoryMultipliers.map((c) => ({
            category: c.category.trim(),
            multiplier: Number(c.multiplier),
          })),
        },
      },
      {
        onSuccess: () => {
          toast.success('Earning rules saved', {
            description: 'They apply to purchases recorded from now on.',
          });
          setPreview(undefined);
        },
        onError: (error) => {
          setPreview(undefined);
          if (error instanceof UserErrorsError)
            for (const e of error.userErrors) {
              const field = e.field?.[1] as keyof Values | undefined;
              if (field && field in schema.shape) form.setError(field, { message: e.message });
            }
          toast.error('The rules were not saved', { description: errorMessage(error) });
        },
      },
    );
  };

  const number = (
    name: 'pointsPerCurrencyUnit' | 'purchasePointsExpireInDays' | 'pendingDays' | 'monthlyBonusCapPoints',
    label: string,
    hint: string,
  ) => (
    <FormField
      control={form.control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <Input inputMode="numeric" readOnly={!editable} {...field} />
          </FormControl>
          <FormDescription>{hint}</FormDescription>
          <FormMessage />
        </FormItem>
      )}
    />
  );

  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Earning rules</CardTitle>
          <CardDescription>
            {editable
              ? 'What a purchase earns. You will see what a change does to sample orders before it is saved.'
              : 'What a purchase earns. Marketing and Admin can change these.'}
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <Form {...form}>
          <form
            onSubmit={form.handleSubmit(setPreview)}
            noValidate
            className="grid gap-5"
            aria-label="Earning rules"
          >
            <div className="grid gap-4 md:grid-cols-2">
              {number(
                'pointsPerCurrencyUnit',
                `Points per 1 ${settings.currency}`,
                'Base earning, rounded down.',
              )}
              {number(
                'purchasePointsExpireInDays',
                'Purchase points expire after (days)',
                'Empty: never expire.',
              )}
              {number('pendingDays', 'Return window (days)', 'Purchase points stay pending this long.')}
              {number(
                'monthlyBonusCapPoints',
                'Monthly bonus cap (points)',
                'Campaign and activity points per member a month; empty: no cap.',
              )}
            </div>
            <fieldset className="grid gap-3">
              <legend className="mb-1 text-sm font-medium">Category multipliers</legend>
              {categories.fields.length === 0 ? (
                <p className="text-sm text-muted-foreground">No category earns more than the base rate.</p>
              ) : null}
              {categories.fields.map((row, index) => (
                <div key={row.id} className="grid grid-cols-[1fr_8rem_auto] items-start gap-2">
                  <FormField
                    control={form.control}
                    name={`categoryMultipliers.${index}.category`}
                    render={({ field }) => (
                      <FormItem>
                        <FormLabel className="sr-only">Category {index + 1}</FormLabel>
                        <FormControl>
                          <Input placeholder="category, e.g. beauty" readOnly={!editable} {...field} />
                        </FormControl>
                        <FormMessage />
                      </FormItem>
                    )}
                  />
                  <FormField
                    control={form.control}
                    name={`categoryMultipliers.${index}.multiplier`}
                    render={({ field }) => (
                      <FormItem>
                        <FormLabel className="sr-only">Multiplier of category {index + 1}</FormLabel>
                        <FormControl>
                          <Input inputMode="decimal" placeholder="×1.5" readOnly={!editable} {...field} />
                        </FormControl>
                        <FormMessage />
                      </FormItem>
                    )}
                  />
                  {editable ? (
                    <Button
                      type="button"
                      variant="ghost"
                      size="icon"
                      onClick={() => categories.remove(index)}
                      aria-label={`Remove category ${index + 1}`}
                    >
                      <Trash2Icon aria-hidden />
                    </Button>
                  ) : null}
                </div>
              ))}
              {editable ? (
                <Button
                  type="button"
                  variant="outline"
                  size="sm"
                  className="w-fit"
                  onClick={() => categories.append({ category: '', multiplier: '1.5' })}
                >
                  <PlusIcon aria-hidden /> Add a category multiplier
                </Button>
              ) : null}
            </fieldset>
            {editable ? (
              <div className="flex justify-end gap-2">
                <Button type="button" variant="ghost" onClick={() => form.reset(toValues(settings))}>
                  Discard changes
                </Button>
                <Button type="submit">Review changes</Button>
              </div>
            ) : null}
          </form>
        </Form>
      </CardContent>
      <Dialog open={!!preview} onOpenChange={(open) => !open && setPreview(undefined)}>
        <DialogContent className="sm:max-w-2xl">
          <DialogHeader>
            <DialogTitle>What this change does</DialogTitle>
            <DialogDescription>
              Points sample orders earn now and after the change. Nothing is saved until you confirm.
            </DialogDescription>
          </DialogHeader>
          {preview ? <RulesPreview program={program} values={preview} /> : null}
          <DialogFooter>
            <Button variant="outline" onClick={() => setPreview(undefined)}>
              Keep editing
            </Button>
            <Button onClick={confirm} disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save rules'}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </Card>
  );
}

function RulesPreview({ program, values }: { program: Program; values: Values }) {
  const session = useSession();
  const before = rulesFrom(toSettings(program.programSettings));
  const after = rulesFrom(toSettings(program.programSettings, values));
  const cats = [
    ...new Set([...before.categoryMultipliers, ...after.categoryMultipliers].map((c) => c.category)),
  ];
  const orders = sampleOrders(before.minorPerUnit, cats);
  const tiers = [...program.tiers].sort((a, b) => a.rank - b.rank);
  const entry = tiers[0];
  const now = new Date();
  const lines: string[] = [];
  const p = program.programSettings;
  if (String(p.pendingDays) !== values.pendingDays)
    lines.push(`Return window: ${p.pendingDays} → ${values.pendingDays} days`);
  if (String(p.purchasePointsExpireInDays ?? '') !== values.purchasePointsExpireInDays)
    lines.push(
      `Purchase points expire: ${p.purchasePointsExpireInDays ?? 'never'} → ${values.purchasePointsExpireInDays || 'never'} (new points only)`,
    );
  if (String(p.monthlyBonusCapPoints ?? '') !== values.monthlyBonusCapPoints)
    lines.push(
      `Monthly bonus cap: ${p.monthlyBonusCapPoints ?? 'none'} → ${values.monthlyBonusCapPoints || 'none'}`,
    );
  return (
    <div className="grid gap-3">
      {lines.length ? (
        <ul className="list-disc pl-5 text-sm">
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      ) : null}
      {entry ? (
        <div className="rounded-lg border">
          <Table aria-label="Points per sample order">
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead>
                  Order ({entry.name}, {formatMultiplier(entry.earnMultiplier)})
                </TableHead>
                <TableHead className="text-right">Now</TableHead>
                <TableHead className="text-right">After</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {orders.map((o) => {
                const def = { ...entry, id: entry.id };
                const a = orderPoints(before, def, o, now);
                const b = orderPoints(after, def, o, now);
                return (
                  <TableRow key={`${o.amountMinor}-${o.category ?? ''}`}>
                    <TableCell>
                      {session.money(o.amountMinor)}
                      {o.category ? ` in ${o.category}` : ''}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{formatNumber(a)}</TableCell>
                    <TableCell
                      className={`text-right font-medium tabular-nums ${b !== a ? 'text-primary' : ''}`}
                    >
                      {formatNumber(b)}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </div>
  );
}
