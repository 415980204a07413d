'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { PlusIcon, Trash2Icon } from 'lucide-react';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import { DomainError } from '@accrue/core/src/errors';
import { validateTiers } from '@accrue/core/src/tiers';
import type { TierDef } from '@accrue/core/src/types';
import {
  DashboardAuditLogDocument,
  DashboardOverviewDocument,
  DashboardProgramDocument,
  DashboardSaveTiersDocument,
  DashboardTierOptionsDocument,
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
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { Textarea } from '@/components/ui/textarea';
import { formatMultiplier, formatNumber, minorPerUnit } from '@/lib/format';
import { UserErrorsError, requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation } from '@/lib/use-gql';
import { orderPoints, rulesFrom, sampleOrders } from './preview';

type Program = DashboardProgramQuery;
type Tier = Program['tiers'][number];

const decimal = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, { message });
const schema = z.object({
  tiers: z
    .array(
      z.object({
        id: z.string().optional(),
        name: z
          .string()
          .trim()
          .min(1, { message: 'Name the tier' })
          .max(60, { message: 'At most 60 characters' }),
        rank: z.string().trim().regex(/^\d+$/, { message: 'A whole number, 0 for the entry tier' }),
        qualifyingSpend: decimal('An amount, e.g. 1000 or 1000.50'),
        earnMultiplier: decimal('A number of at least 1, e.g. 1.2'),
        birthdayMultiplier: decimal('A number of at least 1, e.g. 2'),
        perks: z.string().max(2000),
      }),
    )
    .min(1, { message: 'At least one tier' }),
});
type Values = z.infer<typeof schema>;
type Row = Values['tiers'][number];
const FIELD_OF: Record<string, keyof Row> = {
  name: 'name',
  rank: 'rank',
  qualifyingSpendMinor: 'qualifyingSpend',
  earnMultiplier: 'earnMultiplier',
  birthdayMultiplier: 'birthdayMultiplier',
};

function toValues(tiers: Tier[], unit: number): Values {
  return {
    tiers: [...tiers]
      .sort((a, b) => a.rank - b.rank)
      .map((t) => ({
        id: t.id,
        name: t.name,
        rank: String(t.rank),
        qualifyingSpend: String(t.qualifyingSpendMinor / unit),
        earnMultiplier: String(t.earnMultiplier),
        birthdayMultiplier: String(t.birthdayMultiplier),
        perks: t.perks.join('\n'),
      })),
  };
}

function toTierDefs(values: Values, unit: number) {
  return values.tiers.map((t, i) => ({
    id: t.id ?? `new-${i}`,
    name: t.name.trim(),
    rank: Number(t.rank),
    qualifyingSpendMinor: Math.round(Number(t.qualifyingSpend) * unit),
    earnMultiplier: Number(t.earnMultiplier),
    birthdayMultiplier: Number(t.birthdayMultiplier),
    perks: t.perks
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean),
  }));
}

export function TiersEditor({ program }: { program: Program }) {
  const session = useSession();
  const unit = minorPerUnit(program.programSettings.currency);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: toValues(program.tiers, unit),
  });
  const rows = useFieldArray({ control: form.control, name: 'tiers' });
  const [preview, setPreview] = useState<ReturnType<typeof toTierDefs>>();
  const save = useGqlMutation(DashboardSaveTiersDocument, {
    select: (d) => requireNoUserErrors(d.saveTiers),
    invalidates: [
      DashboardProgramDocument,
      DashboardOverviewDocument,
      DashboardTierOptionsDocument,
      DashboardAuditLogDocument,
    ],
  });

  const review = (values: Values) => {
    const defs = toTierDefs(values, unit);
    try {
      validateTiers(defs); // the API's own checks, before anything is sent
    } catch (error) {
      if (error instanceof DomainError && error.field) {
        const [, , index, field] = error.field;
        const name = FIELD_OF[field ?? ''];
        if (index !== undefined && name) {
          form.setError(`tiers.${Number(index)}.${name}`, { message: error.message });
          return;
        }
      }
      toast.error('These tiers cannot be saved', { description: errorMessage(error) });
      return;
    }
    setPreview(defs);
  };

  const confirm = () => {
    if (!preview) return;
    save.mutate(
      {
        input: {
          tiers: preview.map((t) => ({
            id: t.id.startsWith('new-') ? undefined : t.id,
            name: t.name,
            rank: t.rank,
            qualifyingSpendMinor: t.qualifyingSpendMinor,
            earnMultiplier: t.earnMultiplier,
            birthdayMultiplier: t.birthdayMultiplier,
            perks: t.perks,
          })),
        },
      },
      {
        onSuccess: () => {
          toast.success('Tiers saved', { description: 'They apply to the next purchase of every member.' });
          setPreview(undefined);
        },
        onError: (error) => {
          setPreview(undefined);
          if (error instanceof UserErrorsError)
            for (const e of error.userErrors) {
              const [, , index, field] = e.field ?? [];
              const name = FIELD_OF[field ?? ''];
              if (index !== undefined && name)
                form.setError(`tiers.${Number(index)}.${name}`, { message: e.message });
            }
          toast.error('The tiers were not saved', { description: errorMessage(error) });
        },
      },
    );
  };

  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Edit tiers</CardTitle>
          <CardDescription>
            Qualifying spend is over the last 12 months, in {session.program.currency}. Rank 0 is the entry
            tier. You will see what the change does before it is saved.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <Form {...form}>
          <form
            onSubmit={form.handleSubmit(review)}
            noValidate
            className="grid gap-4"
            aria-label="Edit tiers"
          >
            {rows.fields.map((row, index) => (
              <fieldset key={row.id} className="grid gap-3 rounded-lg border p-4 md:grid-cols-6">
                <legend className="px-1 text-sm font-medium">
                  {form.watch(`tiers.${index}.name`) || `New tier ${index + 1}`}
                </legend>
                <FormField
                  control={form.control}
                  name={`tiers.${index}.name`}
                  render={({ field }) => (
                    <FormItem className="md:col-span-2">
                      <FormLabel>Name</FormLabel>
                      <FormControl>
                        <Input {...field} />
                      </FormControl>
                      <FormMessage />
                    </FormItem>
                  )}
                />
                <FormField
                  control={form.control}
                  name={`tiers.${index}.rank`}
                  render={({ field }) => (
                    <FormItem>
                      <FormLabel>Rank</FormLabel>
                      <FormControl>
                        <Input inputMode="numeric" {...field} />
                      </FormControl>
                      <FormMessage />
                    </FormItem>
                  )}
                />
                <FormField
                  control={form.control}
                  name={`tiers.${index}.qualifyingSpend`}
                  render={({ field }) => (
                    <FormItem className="md:col-span-1">
                      <FormLabel>Spend ({session.program.currency})</FormLabel>
                      <FormControl>
                        <Input inputMode="decimal" {...field} />
                      </FormControl>
                      <FormMessage />
                    </FormItem>
                  )}
                />
                <FormField
                  control={form.control}
                  name={`tiers.${index}.earnMultiplier`}
                  render={({ field }) => (
                    <FormItem>
                      <FormLabel>Earn ×</FormLabel>
                      <FormControl>
                        <Input inputMode="decimal" {...field} />
                      </FormControl>
                      <FormMessage />
                    </FormItem>
                  )}
                />
                <FormField
                  control={form.control}
                  name={`tiers.${index}.birthdayMultiplier`}
                  render={({ field }) => (
                    <FormItem>
                      <FormLabel>Birthday ×</FormLabel>
                      <FormControl>
                        <Input inputMode="decimal" {...field} />
                      </FormControl>
                      <FormMessage />
                    </FormItem>
                  )}
                />
                <FormField
                  control={form.control}
                  name={`tiers.${index}.perks`}
                  render={({ field }) => (
                    <FormItem className="md:col-span-5">
                      <FormLabel>Perks (one a line)</FormLabel>
                      <FormControl>
                        <Textarea rows={3} {...field} />
                      </FormControl>
                      <FormMessage />
                    </FormItem>
                  )}
                />
                <div className="flex items-end md:justify-end">
                  <Button
                    type="button"
                    variant="ghost"
                    size="sm"
                    className="text-destructive"
                    disabled={rows.fields.length === 1}
                    onClick={() => rows.remove(index)}
                  >
                    <Trash2Icon aria-hidden /> Remove
                  </Button>
                </div>
              </fieldset>
            ))}
            <div className="flex flex-wrap justify-between gap-2">
              <Button
                type="button"
                variant="outline"
                onClick={() =>
                  rows.append({
                    name: '',
                    rank: String(rows.fields.length),
                    qualifyingSpend: '',
                    earnMultiplier: '1',
                    birthdayMultiplier: '2',
                    perks: '',
                  })
                }
              >
                <PlusIcon aria-hidden /> Add a tier
              </Button>
              <div className="flex gap-2">
                <Button
                  type="button"
                  variant="ghost"
                  onClick={() => form.reset(toValues(program.tiers, unit))}
                >
                  Discard changes
                </Button>
                <Button type="submit">Review changes</Button>
              </div>
            </div>
          </form>
        </Form>
      </CardContent>
      <Dialog open={!!preview} onOpenChange={(open) => !open && setPreview(undefined)}>
        <DialogContent className="sm:max-w-3xl">
          <DialogHeader>
            <DialogTitle>What this change does</DialogTitle>
            <DialogDescription>
              Nothing is saved until you confirm. Members move up at their next qualifying purchase; a tier
              once reached is kept for its grace period.
            </DialogDescription>
          </DialogHeader>
          {preview ? <TiersPreview before={program} after={preview} /> : null}
          <DialogFooter>
            <Button variant="outline" onClick={() => setPreview(undefined)}>
              Keep editing
            </Button>
            <Button onClick={confirm} disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save tiers'}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </Card>
  );
}

function TiersPreview({ before, after }: { before: Program; after: ReturnType<typeof toTierDefs> }) {
  const session = useSession();
  const settings = before.programSettings;
  const unit = minorPerUnit(settings.currency);
  const rules = rulesFrom({
    currency: settings.currency,
    timezone: settings.timezone,
    minorPerUnit: unit,
    pointsPerCurrencyUnit: settings.pointsPerCurrencyUnit,
    pendingDays: settings.pendingDays,
    purchasePointsExpireInDays: settings.purchasePointsExpireInDays ?? null,
    categoryMultipliers: settings.categoryMultipliers,
  });
  const now = new Date();
  const order = sampleOrders(unit, [])[1];
  const byId = new Map(before.tiers.map((t) => [t.id, t]));
  const kept = new Set(after.map((t) => t.id));
  const removed = before.tiers.filter((t) => !kept.has(t.id));
  const asDef = (t: Tier | (typeof after)[number]): TierDef => ({
    id: t.id,
    name: t.name,
    rank: t.rank,
    qualifyingSpendMinor: t.qualifyingSpendMinor,
    earnMultiplier: t.earnMultiplier,
    birthdayMultiplier: t.birthdayMultiplier,
  });
  const change = (a: string, b: string) =>
    a === b ? (
      <span>{b}</span>
    ) : (
      <span>
        <span className="text-muted-foreground line-through">{a}</span> → <strong>{b}</strong>
      </span>
    );
  return (
    <div className="grid gap-3">
      <div className="rounded-lg border">
        <Table aria-label="Tier changes">
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead>Tier</TableHead>
              <TableHead>Qualifying spend</TableHead>
              <TableHead>Earn</TableHead>
              <TableHead>Birthday</TableHead>
              <TableHead className="text-right">{session.money(order.amountMinor)} order earns</TableHead>
              <TableHead className="text-right">Members now</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {after.map((t) => {
              const old = byId.get(t.id);
              const pointsAfter = orderPoints(rules, asDef(t), order, now);
              const pointsBefore = old ? orderPoints(rules, asDef(old), order, now) : undefined;
              return (
                <TableRow key={t.id}>
                  <TableCell className="font-medium">
                    {old ? change(old.name, t.name) : <strong>{t.name} (new)</strong>}
                  </TableCell>
                  <TableCell>
                    {change(
                      old ? session.money(old.qualifyingSpendMinor) : '—',
                      session.money(t.qualifyingSpendMinor),
                    )}
                  </TableCell>
                  <TableCell>
                    {change(
                      old ? formatMultiplier(old.earnMultiplier) : '—',
                      formatMultiplier(t.earnMultiplier),
                    )}
                  </TableCell>
                  <TableCell>
                    {change(
                      old ? formatMultiplier(old.birthdayMultiplier) : '—',
                      formatMultiplier(t.birthdayMultiplier),
                    )}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">
                    {change(
                      pointsBefore === undefined ? '—' : formatNumber(pointsBefore),
                      formatNumber(pointsAfter),
                    )}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">
                    {old ? formatNumber(old.memberCount) : '0'}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      {removed.length ? (
        <p role="alert" className="text-sm text-destructive">
          Removed: {removed.map((t) => `${t.name} (${formatNumber(t.memberCount)} members)`).join(', ')}. The
          API refuses to remove a tier that still has members.
        </p>
      ) : null}
      <p className="text-xs text-muted-foreground">
        Points are computed with the API&apos;s own rules (base, category, tier multiplier and order
        threshold; no birthday, first-purchase or milestone bonus).
      </p>
    </div>
  );
}
