'use client';

import { PencilIcon, PlusIcon } from 'lucide-react';
import { toast } from 'sonner';
import { useWatch, type Control } from 'react-hook-form';
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
import { CheckboxGroup } from '@/components/checkbox-group';
import { FormDialog, SelectField, TextField } from '@/components/form-dialog';
import { useSession } from '@/components/shell/session-context';
import { Button } from '@/components/ui/button';
import {
  FormControl,
  FormDescription,
  FormField,
  FormItem,
  FormLabel,
  FormMessage,
} from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { Switch } from '@/components/ui/switch';
import { Textarea } from '@/components/ui/textarea';
import { minorPerUnit, utcToZonedInput, zonedToUtc } from '@/lib/format';
import { requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation, useGqlQuery } from '@/lib/use-gql';
import { inFormWords } from './form-errors';
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

/** The choices of a select, their labels starting with a capital. */
const options = <K extends string>(values: readonly K[], labels: Record<K, string>) =>
  values.map((v) => ({ value: v, label: labels[v].charAt(0).toUpperCase() + labels[v].slice(1) }));
const KIND_OPTIONS = options(KINDS, {
  TASK: 'Task (daily or weekly goal)',
  CHALLENGE: 'Challenge (longer goal)',
});
const MEASURE_OPTIONS = options(MEASURES, MEASURE_LABEL);
const PERIOD_OPTIONS = options(PERIODS, PERIOD_LABEL);
const INVALIDATES = [EngagementTasksDocument, DashboardAuditLogDocument];

/** New task or challenge, or the changes to one (its goal — measure, target, period — is fixed once created). */
export function TaskDialog({ task }: { task?: Task }) {
  return task ? <EditTaskDialog task={task} /> : <CreateTaskDialog />;
}

function CreateTaskDialog() {
  const session = useSession();
  const tz = session.program.timezone;
  const unit = minorPerUnit(session.program.currency);
  const create = useGqlMutation(CreateEngagementTaskDocument, {
    select: (d) => requireNoUserErrors(d.createEngagementTask),
    invalidates: INVALIDATES,
  });
  return (
    <FormDialog
      title="New task or challenge"
      description={`Members earn the points once per period when they reach the goal, under the monthly bonus cap. Times in ${session.zoneLabel}.`}
      trigger={
        <Button>
          <PlusIcon aria-hidden /> New task
        </Button>
      }
      wide
      schema={schema}
      defaultValues={EMPTY}
      mutation={create}
      toVariables={(v) => ({
        input: {
          name: v.name,
          description: v.description || null,
          kind: v.kind as TaskKind,
          period: v.period as TaskPeriod,
          measure: v.measure as TaskMeasure,
          eventType: isPurchaseMeasure(v.measure) ? null : v.eventType,
          category: v.category || null,
          target: v.measure === 'PURCHASE_SPEND' ? Math.round(Number(v.target) * unit) : Number(v.target),
          points: Number(v.points),
          startsAt: zonedToUtc(v.startsAt, tz).toISOString(),
          endsAt: zonedToUtc(v.endsAt, tz).toISOString(),
          audienceTierIds: v.audienceTierIds,
        },
      })}
      serverMessage={inFormWords}
      submitLabel="Create task"
      pendingLabel="Saving…"
      failure="The task was not created"
      onSuccess={(p) => toast.success(`“${p.task?.name}” created`)}
    >
      {(form) => <TaskFields control={form.control} editing={false} />}
    </FormDialog>
  );
}

function EditTaskDialog({ task }: { task: Task }) {
  const session = useSession();
  const tz = session.program.timezone;
  const unit = minorPerUnit(session.program.currency);
  const update = useGqlMutation(UpdateEngagementTaskDocument, {
    select: (d) => requireNoUserErrors(d.updateEngagementTask),
    invalidates: INVALIDATES,
  });
  return (
    <FormDialog
      title={`Edit “${task.name}”`}
      description="Its goal (what counts, the target and when progress starts again) is fixed once created; create a new task to change it."
      trigger={
        <Button variant="outline" size="sm" aria-label={`Edit ${task.name}`}>
          <PencilIcon aria-hidden /> Edit
        </Button>
      }
      wide
      schema={schema}
      defaultValues={valuesOf(task, tz, unit)}
      mutation={update}
      toVariables={(v) => ({
        input: {
          id: task.id,
          name: v.name,
          description: v.description || null,
          points: Number(v.points),
          endsAt: zonedToUtc(v.endsAt, tz).toISOString(),
          audienceTierIds: v.audienceTierIds,
          active: v.active,
        },
      })}
      serverMessage={inFormWords}
      submitLabel="Save changes"
      pendingLabel="Saving…"
      failure="The changes were not saved"
      onSuccess={(p) => toast.success(`“${p.task?.name}” saved`)}
    >
      {(form) => <TaskFields control={form.control} editing />}
    </FormDialog>
  );
}

/** The task's fields; once it is created, its goal and start are shown but cannot change. */
function TaskFields({ control, editing }: { control: Control<Values>; editing: boolean }) {
  const session = useSession();
  const tz = session.program.timezone;
  const measure = useWatch({ control, name: 'measure' });
  const purchase = isPurchaseMeasure(measure);
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField control={control} name="name" label="Name" />
        <SelectField control={control} name="kind" label="Kind" options={KIND_OPTIONS} disabled={editing} />
      </div>
      <FormField
        control={control}
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
        <SelectField
          control={control}
          name="measure"
          label="What counts"
          options={MEASURE_OPTIONS}
          disabled={editing}
        />
        <SelectField
          control={control}
          name="period"
          label="Progress starts again"
          options={PERIOD_OPTIONS}
          disabled={editing}
        />
        {purchase ? null : (
          <FormField
            control={control}
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
        <TextField
          control={control}
          name="category"
          label="Product category"
          hint={
            purchase
              ? 'Only items of this category count; empty: any'
              : 'Only events of this category count; empty: any'
          }
          disabled={editing}
        />
        <TextField
          control={control}
          name="target"
          label={
            measure === 'PURCHASE_SPEND'
              ? `Target (${session.program.currency})`
              : measure === 'EVENT_STREAK_DAYS'
                ? 'Target (days in a row)'
                : measure === 'PURCHASE_COUNT'
                  ? 'Target (orders)'
                  : 'Target (events)'
          }
          inputMode={measure === 'PURCHASE_SPEND' ? 'decimal' : 'numeric'}
          disabled={editing}
        />
        <TextField
          control={control}
          name="points"
          label="Bonus points"
          hint="Granted once per period on completion"
          inputMode="numeric"
        />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          control={control}
          name="startsAt"
          label={`Starts (${tz})`}
          type="datetime-local"
          disabled={editing}
        />
        <TextField control={control} name="endsAt" label={`Ends (${tz})`} type="datetime-local" />
      </div>
      <AudienceField control={control} />
      {editing ? (
        <FormField
          control={control}
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
    </>
  );
}

/** The tiers the task is offered to (none ticked: every member); asked for while the dialog is open. */
function AudienceField({ control }: { control: Control<Values> }) {
  const tiers = useGqlQuery(DashboardTierOptionsDocument, {});
  return (
    <FormField
      control={control}
      name="audienceTierIds"
      render={({ field }) => (
        <FormItem>
          <CheckboxGroup
            legend="Audience: tiers"
            options={tiers.data?.tiers.map((t) => ({ value: t.id, label: t.name }))}
            value={field.value}
            onChange={field.onChange}
            hint="None ticked: every member."
            loading="Loading tiers…"
          />
          <FormMessage />
        </FormItem>
      )}
    />
  );
}
