'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { PencilIcon, PlusIcon } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import {
  CreateEngagementTaskDocument,
  DashboardAuditLogDocument,
  DashboardTierOptionsDocument,
  EngagementTasksDocument,
  UpdateEngagementTaskDocument,
  type EngagementTaskFieldsFragment,
  type TaskKind,
  type TaskMeasure,
  type TaskPeriod,
} from '@accrue/sdk/src/generated/graphql';
import { errorMessage } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
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
import { Switch } from '@/components/ui/switch';
import { Textarea } from '@/components/ui/textarea';
import { minorPerUnit, utcToZonedInput, zonedToUtc } from '@/lib/format';
import { requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation, useGqlQuery } from '@/lib/use-gql';
import { showFieldErrors } from './form-errors';
import { TextField } from './text-field';
import { EVENT_SUGGESTIONS, MEASURE_LABEL, PERIOD_LABEL, isPurchaseMeasure } from './labels';

const KINDS = ['TASK', 'CHALLENGE'] as const;
const PERIODS = ['DAILY', 'WEEKLY', 'MONTHLY', 'WINDOW'] as const;
const MEASURES = ['EVENT_COUNT', 'EVENT_STREAK_DAYS', 'PURCHASE_COUNT', 'PURCHASE_SPEND'] as const;

const schema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, { message: 'Name the task' })
      .max(200, { message: 'At most 200 characters' }),
    description: z.string().trim().max(1000, { message: 'At most 1,000 characters' }),
    kind: z.enum(KINDS),
    period: z.enum(PERIODS),
    measure: z.enum(MEASURES),
    eventType: z.string().trim(),
    category: z.string().trim().max(100, { message: 'At most 100 characters' }),
    target: z
      .string()
      .trim()
      .regex(/^\d+(\.\d{1,2})?$/, { message: 'A number, e.g. 3' }),
    points: z
      .string()
      .trim()
      .regex(/^\d+$/, { message: 'A whole number of points' })
      .refine((v) => Number(v) <= 100_000, { message: 'At most 100,000 points' }),
    startsAt: z.string().min(1, { message: 'When the task starts' }),
    endsAt: z.string().min(1, { message: 'When the task ends' }),
    audienceTierIds: z.array(z.string()),
    active: z.boolean(),
  })
  .superRefine((v, ctx) => {
    const purchase = isPurchaseMeasure(v.measure);
    if (!purchase && !/^[A-Z][A-Z0-9_]{0,63}$/.test(v.eventType))
      ctx.addIssue({
        code: 'custom',
        path: ['eventType'],
        message: 'An event type in capitals, e.g. SIGN_IN or BROWSE_PRODUCT',
      });
    if (v.measure !== 'PURCHASE_SPEND' && !/^\d+$/.test(v.target))
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'A whole number, e.g. 3' });
    if (Number(v.target) <= 0) ctx.addIssue({ code: 'custom', path: ['target'], message: 'More than zero' });
    if (v.measure === 'EVENT_STREAK_DAYS' && v.period === 'DAILY')
      ctx.addIssue({
        code: 'custom',
        path: ['period'],
        message: 'A streak of days cannot start again every day',
      });
    if (v.startsAt && v.endsAt && v.endsAt <= v.startsAt)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'After the start' });
  });
type Values = z.infer<typeof schema>;
type Task = EngagementTaskFieldsFragment;

const FIELDS: Record<string, keyof Values> = {
  name: 'name',
  description: 'description',
  kind: 'kind',
  period: 'period',
  measure: 'measure',
  eventType: 'eventType',
  category: 'category',
  target: 'target',
  points: 'points',
  startsAt: 'startsAt',
  endsAt: 'endsAt',
  audienceTierIds: 'audienceTierIds',
};

const EMPTY: Values = {
  name: '',
  description: '',
  kind: 'TASK',
  period: 'DAILY',
  measure: 'EVENT_COUNT',
  eventType: 'SIGN_IN',
  category: '',
  target: '1',
  points: '',
  startsAt: '',
  endsAt: '',
  audienceTierIds: [],
  active: true,
};

function valuesOf(t: Task, timezone: string, unit: number): Values {
  return {
    name: t.name,
    description: t.description ?? '',
    kind: t.kind,
    period: t.period,
    measure: t.measure,
    eventType: t.eventType ?? '',
    category: t.category ?? '',
    target: String(t.measure === 'PURCHASE_SPEND' ? t.target / unit : t.target),
    points: String(t.points),
    startsAt: utcToZonedInput(t.startsAt, timezone),
    endsAt: utcToZonedInput(t.endsAt, timezone),
    audienceTierIds: t.audienceTierIds,
    active: t.active,
  };
}

/** New task or challenge, or the changes to one (its goal — measure, target, period — is fixed once created). */
export function TaskDialog({ task }: { task?: Task }) {
  const session = useSession();
  const tz = session.program.timezone;
  const unit = minorPerUnit(session.program.currency);
  const editing = !!task;
  const [open, setOpen] = useState(false);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: task ? valuesOf(task, tz, unit) : EMPTY,
  });
  const tiers = useGqlQuery(DashboardTierOptionsDocument, {}, { enabled: open });
  const invalidates = [EngagementTasksDocument, DashboardAuditLogDocument];
  const create = useGqlMutation(CreateEngagementTaskDocument, {
    select: (d) => requireNoUserErrors(d.createEngagementTask),
    invalidates,
  });
  const update = useGqlMutation(UpdateEngagementTaskDocument, {
    select: (d) => requireNoUserErrors(d.updateEngagementTask),
    invalidates,
  });
  const pending = create.isPending || update.isPending;
  const measure = form.watch('measure');
  const purchase = isPurchaseMeasure(measure);

  const callbacks = {
    onSuccess: (payload: { task?: { name: string } | null }) => {
      toast.success(editing ? `“${payload.task?.name}” saved` : `“${payload.task?.name}” created`);
      if (!editing) form.reset(EMPTY);
      setOpen(false);
    },
    onError: (error: Error) => {
      showFieldErrors(form, error, FIELDS);
      toast.error(editing ? 'The changes were not saved' : 'The task was not created', {
        description: errorMessage(error),
      });
    },
  };

  const onSubmit = (v: Values) => {
    const endsAt = zonedToUtc(v.endsAt, tz).toISOString();
    if (task)
      return update.mutate(
        {
          input: {
            id: task.id,
            name: v.name,
            description: v.description || null,
            points: Number(v.points),
            endsAt,
            audienceTierIds: v.audienceTierIds,
            active: v.active,
          },
        },
        callbacks,
      );
    create.mutate(
      {
        input: {
          name: v.name,
          description: v.description || null,
          kind: v.kind as TaskKind,
          period: v.period as TaskPeriod,
          measure: v.measure as TaskMeasure,
          eventType: purchase ? null : v.eventType,
          category: v.category || null,
          target: v.measure === 'PURCHASE_SPEND' ? Math.round(Number(v.target) * unit) : Number(v.target),
          points: Number(v.points),
          startsAt: zonedToUtc(v.startsAt, tz).toISOString(),
          endsAt,
          audienceTierIds: v.audienceTierIds,
        },
      },
      callbacks,
    );
  };

  const title = editing ? `Edit “${task.name}”` : 'New task or challenge';
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o && task) form.reset(valuesOf(task, tz, unit));
      }}
    >
      <DialogTrigger asChild>
        {editing ? (
          <Button variant="outline" size="sm" aria-label={`Edit ${task.name}`}>
            <PencilIcon aria-hidden /> Edit
          </Button>
        ) : (
          <Button>
            <PlusIcon aria-hidden /> New task
          </Button>
        )}
      </DialogTrigger>
      <DialogContent className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>
            {editing
              ? 'Its goal (what counts, the target and when progress starts again) is fixed once created; create a new task to change it.'
              : `Members earn the points once per period when they reach the goal, under the monthly bonus cap. Times in ${session.zoneLabel}.`}
          </DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="grid gap-4" aria-label={title}>
            <div className="grid gap-4 sm:grid-cols-2">
              {text(form, 'name', 'Name')}
              {choice(
                form,
                'kind',
                'Kind',
                KINDS,
                { TASK: 'Task (daily or weekly goal)', CHALLENGE: 'Challenge (longer goal)' },
                editing,
              )}
            </div>
            <FormField
              control={form.control}
              name="description"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Description</FormLabel>
                  <FormControl>
                    <Textarea rows={2} {...field} />
                  </FormControl>
                  <FormDescription>What members see in the storefront; optional.</FormDescription>
                  <FormMessage />
                </FormItem>
              )}
            />
            <fieldset className="grid gap-4 rounded-md border p-4 sm:grid-cols-2">
              <legend className="px-1 text-sm font-medium">Goal</legend>
              {choice(form, 'measure', 'What counts', MEASURES, MEASURE_LABEL, editing)}
              {choice(form, 'period', 'Progress starts again', PERIODS, PERIOD_LABEL, editing)}
              {purchase ? null : (
                <FormField
                  control={form.control}
                  name="eventType"
                  render={({ field }) => (
                    <FormItem>
                      <FormLabel>Event</FormLabel>
                      <FormControl>
                        <Input list="task-event-types" {...field} disabled={editing} />
                      </FormControl>
                      <datalist id="task-event-types">
                        {EVENT_SUGGESTIONS.map((e) => (
                          <option key={e} value={e} />
                        ))}
                      </datalist>
                      <FormDescription>The event your integration sends, e.g. SIGN_IN</FormDescription>
                      <FormMessage />
                    </FormItem>
                  )}
                />
              )}
              {text(
                form,
                'category',
                'Product category',
                purchase
                  ? 'Only items of this category count; empty: any'
                  : 'Only events of this category count; empty: any',
                undefined,
                editing,
              )}
              {text(
                form,
                'target',
                measure === 'PURCHASE_SPEND'
                  ? `Target (${session.program.currency})`
                  : measure === 'EVENT_STREAK_DAYS'
                    ? 'Target (days in a row)'
                    : measure === 'PURCHASE_COUNT'
                      ? 'Target (orders)'
                      : 'Target (events)',
                undefined,
                measure === 'PURCHASE_SPEND' ? 'decimal' : 'numeric',
                editing,
              )}
              {text(form, 'points', 'Bonus points', 'Granted once per period on completion', 'numeric')}
            </fieldset>
            <div className="grid gap-4 sm:grid-cols-2">
              {text(form, 'startsAt', `Starts (${tz})`, undefined, undefined, editing, 'datetime-local')}
              {text(form, 'endsAt', `Ends (${tz})`, undefined, undefined, false, 'datetime-local')}
            </div>
            <FormField
              control={form.control}
              name="audienceTierIds"
              render={({ field }) => (
                <FormItem>
                  <fieldset className="grid gap-1.5">
                    <legend className="mb-1.5 text-sm font-medium">Audience: tiers</legend>
                    <div className="flex flex-wrap gap-3">
                      {tiers.data?.tiers.map((t) => (
                        <label key={t.id} className="flex items-center gap-1.5 text-sm">
                          <input
                            type="checkbox"
                            className="size-4"
                            checked={field.value.includes(t.id)}
                            onChange={(e) =>
                              field.onChange(
                                e.target.checked
                                  ? [...field.value, t.id]
                                  : field.value.filter((x) => x !== t.id),
                              )
                            }
                          />
                          {t.name}
                        </label>
                      )) ?? <span className="text-sm text-muted-foreground">Loading tiers…</span>}
                    </div>
                    <p className="text-xs text-muted-foreground">None ticked: every member.</p>
                  </fieldset>
                  <FormMessage />
                </FormItem>
              )}
            />
            {editing ? (
              <FormField
                control={form.control}
                name="active"
                render={({ field }) => (
                  <FormItem className="flex items-center gap-2">
                    <FormControl>
                      <Switch checked={field.value} onCheckedChange={field.onChange} />
                    </FormControl>
                    <FormLabel className="!mt-0">Active (switched off, progress stops counting)</FormLabel>
                  </FormItem>
                )}
              />
            ) : null}
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={pending}>
                {pending ? 'Saving…' : editing ? 'Save changes' : 'Create task'}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}

function text(
  form: UseFormReturn<Values>,
  name: 'name' | 'category' | 'target' | 'points' | 'startsAt' | 'endsAt',
  label: string,
  hint?: ReactNode,
  inputMode?: 'numeric' | 'decimal',
  disabled?: boolean,
  type?: string,
) {
  return (
    <TextField
      control={form.control}
      name={name}
      label={label}
      hint={hint}
      inputMode={inputMode}
      disabled={disabled}
      type={type}
    />
  );
}

function choice<K extends string>(
  form: UseFormReturn<Values>,
  name: 'kind' | 'measure' | 'period',
  label: string,
  values: readonly K[],
  labels: Record<K, string>,
  disabled?: boolean,
) {
  return (
    <FormField
      control={form.control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <Select value={field.value} onValueChange={field.onChange} disabled={disabled}>
            <FormControl>
              <SelectTrigger>
                <SelectValue />
              </SelectTrigger>
            </FormControl>
            <SelectContent>
              {values.map((v) => (
                <SelectItem key={v} value={v}>
                  {labels[v].charAt(0).toUpperCase() + labels[v].slice(1)}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          <FormMessage />
        </FormItem>
      )}
    />
  );
}
