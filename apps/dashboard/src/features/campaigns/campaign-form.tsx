'use client';

import { useId, useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { PlusIcon, Trash2Icon } from 'lucide-react';
import { toast } from 'sonner';
import {
  CampaignsDocument,
  CreateCampaignDocument,
  DashboardTierOptionsDocument,
  type CampaignEffectType,
} from '@accrue/sdk/src/generated/graphql';
import { CheckboxGroup } from '@/components/checkbox-group';
import { PageHeader, errorMessage } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { minorPerUnit } from '@/lib/format';
import { UserErrorsError, requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation, useGqlQuery } from '@/lib/use-gql';
import {
  allocationTotal,
  emptyDraft,
  emptyEffect,
  fieldKey,
  toInput,
  validate,
  type CampaignDraft,
  type EffectDraft,
  type Errors,
} from './campaign-draft';
import { WEEKDAYS, WEEKDAY_SHORT } from './labels';
import { StackingPreview } from './stacking-preview';

const EFFECTS: { value: CampaignEffectType; label: string }[] = [
  { value: 'MULTIPLIER', label: 'Points multiplier (e.g. double points)' },
  { value: 'CATEGORY_MULTIPLIER', label: 'Multiplier on one product category' },
  { value: 'FIXED_BONUS', label: 'Fixed bonus per purchase' },
  { value: 'ORDER_THRESHOLD_BONUS', label: 'Bonus on orders above an amount' },
  { value: 'ACTIVITY_MULTIPLIER', label: 'Multiplier on an activity (review, share…)' },
];
const ACTIVITIES = ['REVIEW', 'SHARE', 'SIGN_IN', 'PROFILE_COMPLETED'];
const selectClass =
  'h-9 w-full rounded-md border border-input bg-transparent px-3 text-sm shadow-xs focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50';

/** A labelled field with its hint and its error right under it (aria-describedby both). */
function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  children: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="grid content-start gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function CampaignForm() {
  const session = useSession();
  const router = useRouter();
  const uid = useId();
  const unit = minorPerUnit(session.program.currency);
  const [draft, setDraft] = useState<CampaignDraft>(emptyDraft);
  const [errors, setErrors] = useState<Errors>({});
  const [submitted, setSubmitted] = useState(false);
  const tiers = useGqlQuery(DashboardTierOptionsDocument, {});
  const create = useGqlMutation(CreateCampaignDocument, {
    select: (d) => requireNoUserErrors(d.createCampaign),
    invalidates: [CampaignsDocument],
  });

  const set = <K extends keyof CampaignDraft>(k: K, v: CampaignDraft[K]) =>
    setDraft((d) => {
      const next = { ...d, [k]: v };
      if (submitted) setErrors(validate(next, unit));
      return next;
    });
  const update = (fn: (d: CampaignDraft) => CampaignDraft) =>
    setDraft((d) => {
      const next = fn(d);
      if (submitted) setErrors(validate(next, unit));
      return next;
    });

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const found = validate(draft, unit);
    setErrors(found);
    if (Object.keys(found).length) {
      toast.error('Check the highlighted fields');
      const first = document.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
      return;
    }
    create.mutate(
      { input: toInput(draft, session.program.timezone, unit) },
      {
        onSuccess: (payload) => {
          toast.success(`Campaign “${payload.campaign?.name}” saved as a draft`);
          router.push(`/campaigns/${encodeURIComponent(payload.campaign!.id)}`);
        },
        onError: (error) => {
          if (error instanceof UserErrorsError) {
            const next: Errors = {};
            for (const u of error.userErrors) next[fieldKey(u.field) || 'form'] = u.message;
            setErrors(next);
          }
          toast.error('The campaign was not saved', { description: errorMessage(error) });
        },
      },
    );
  };

  const text = (
    k: keyof CampaignDraft,
    label: string,
    hint?: ReactNode,
    props: React.ComponentProps<typeof Input> = {},
  ) => (
    <Field id={`${uid}-${k}`} label={label} error={errors[k]} hint={hint}>
      {(a) => (
        <Input
          {...a}
          {...props}
          value={draft[k] as string}
          onChange={(e) => set(k, e.target.value as never)}
        />
      )}
    </Field>
  );

  const effectFields = (e: EffectDraft, at: string, onChange: (e: EffectDraft) => void) => (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field id={`${uid}-${at}-type`} label="Effect" error={errors[`${at}.type`]}>
        {(a) => (
          <select
            {...a}
            className={selectClass}
            value={e.type}
            onChange={(ev) => onChange({ ...e, type: ev.target.value as CampaignEffectType })}
          >
            {EFFECTS.map((x) => (
              <option key={x.value} value={x.value}>
                {x.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {e.type.endsWith('MULTIPLIER') ? (
        <Field
          id={`${uid}-${at}-multiplier`}
          label="Multiplier"
          error={errors[`${at}.multiplier`]}
          hint="2 doubles the points"
        >
          {(a) => (
            <Input
              {...a}
              inputMode="decimal"
              value={e.multiplier}
              onChange={(ev) => onChange({ ...e, multiplier: ev.target.value })}
            />
          )}
        </Field>
      ) : null}
      {e.type === 'CATEGORY_MULTIPLIER' ? (
        <Field id={`${uid}-${at}-category`} label="Product category" error={errors[`${at}.category`]}>
          {(a) => (
            <Input
              {...a}
              value={e.category}
              onChange={(ev) => onChange({ ...e, category: ev.target.value })}
            />
          )}
        </Field>
      ) : null}
      {e.type === 'ACTIVITY_MULTIPLIER' ? (
        <Field id={`${uid}-${at}-activity`} label="Activity" error={errors[`${at}.activityType`]}>
          {(a) => (
            <select
              {...a}
              className={selectClass}
              value={e.activityType}
              onChange={(ev) => onChange({ ...e, activityType: ev.target.value })}
            >
              <option value="">Choose…</option>
              {ACTIVITIES.map((x) => (
                <option key={x} value={x}>
                  {x.toLowerCase().replace('_', ' ')}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {e.type === 'FIXED_BONUS' || e.type === 'ORDER_THRESHOLD_BONUS' ? (
        <Field id={`${uid}-${at}-bonus`} label="Bonus points" error={errors[`${at}.bonusPoints`]}>
          {(a) => (
            <Input
              {...a}
              inputMode="numeric"
              value={e.bonusPoints}
              onChange={(ev) => onChange({ ...e, bonusPoints: ev.target.value })}
            />
          )}
        </Field>
      ) : null}
      {e.type === 'ORDER_THRESHOLD_BONUS' ? (
        <Field
          id={`${uid}-${at}-threshold`}
          label={`Minimum order (${session.program.currency})`}
          error={errors[`${at}.thresholdMinor`]}
        >
          {(a) => (
            <Input
              {...a}
              inputMode="decimal"
              value={e.threshold}
              onChange={(ev) => onChange({ ...e, threshold: ev.target.value })}
            />
          )}
        </Field>
      ) : null}
    </div>
  );

  const total = allocationTotal(draft);
  return (
    <>
      <PageHeader
        title="New campaign"
        description="Saved as a draft: simulate it on past purchases and launch it from its page."
      />
      <form onSubmit={onSubmit} noValidate aria-label="New campaign" className="grid max-w-4xl gap-6">
        {errors.form ? (
          <p role="alert" className="text-sm text-destructive">
            {errors.form}
          </p>
        ) : null}
        <Card>
          <CardHeader>
            <CardTitle>Campaign</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-4 sm:grid-cols-2">
            {text('name', 'Name')}
            {text('key', 'Key', 'Optional; made from the name if empty')}
            <div className="sm:col-span-2">
              <Field id={`${uid}-description`} label="Description" error={errors.description}>
                {(a) => (
                  <Textarea
                    {...a}
                    value={draft.description}
                    onChange={(e) => set('description', e.target.value)}
                  />
                )}
              </Field>
            </div>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Window and recurrence</CardTitle>
            <CardDescription>
              Times in the program’s time zone, <strong>{session.zoneLabel}</strong>.
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4 sm:grid-cols-2">
            {text('startsAt', `Starts (${session.program.timezone})`, undefined, { type: 'datetime-local' })}
            {text('endsAt', `Ends (${session.program.timezone})`, 'Empty: runs until ended', {
              type: 'datetime-local',
            })}
            <CheckboxGroup
              className="sm:col-span-2"
              legend="Days of the week"
              options={WEEKDAYS.map((d) => ({ value: d, label: WEEKDAY_SHORT[d] }))}
              value={draft.daysOfWeek}
              onChange={(v) => set('daysOfWeek', v)}
              hint="None ticked: every day."
            />
            {text('daysOfMonth', 'Days of the month', 'e.g. 1, 15; empty: any day')}
            <div className="grid grid-cols-2 gap-4">
              {text('startHour', 'From hour', '0–23; empty: midnight', { inputMode: 'numeric' })}
              {text('endHour', 'Until hour', '1–24; empty: end of day', { inputMode: 'numeric' })}
            </div>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Audience</CardTitle>
            <CardDescription>Empty: every member.</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4 sm:grid-cols-2">
            <CheckboxGroup
              className="sm:col-span-2"
              legend="Tiers"
              options={tiers.data?.tiers.map((t) => ({ value: t.id, label: t.name }))}
              value={draft.tierIds}
              onChange={(v) => set('tierIds', v)}
              loading="Loading tiers…"
            />
            {text('newMembersWithinDays', 'Joined within (days)', undefined, { inputMode: 'numeric' })}
            {text('inactiveForDays', 'Inactive for at least (days)', undefined, { inputMode: 'numeric' })}
            {text('minBalance', 'Minimum balance (points)', undefined, { inputMode: 'numeric' })}
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Effect and A/B test</CardTitle>
            <CardDescription>
              <label className="flex items-center gap-2 text-sm text-foreground">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={draft.abTest}
                  onChange={(e) => set('abTest', e.target.checked)}
                />
                Run as an A/B test (variants with weights and a holdout)
              </label>
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            {!draft.abTest ? (
              effectFields(draft.effect, 'effect', (e) => set('effect', e))
            ) : (
              <>
                {draft.variants.map((v, i) => (
                  <fieldset key={i} className="grid gap-4 rounded-md border p-4">
                    <legend className="px-1 text-sm font-medium">Variant {i + 1}</legend>
                    <div className="grid gap-4 sm:grid-cols-[1fr_2fr_1fr_auto]">
                      <Field id={`${uid}-v${i}-key`} label="Key" error={errors[`variants.${i}.key`]}>
                        {(a) => (
                          <Input
                            {...a}
                            value={v.key}
                            onChange={(e) =>
                              update((d) => ({
                                ...d,
                                variants: d.variants.map((x, j) =>
                                  j === i ? { ...x, key: e.target.value } : x,
                                ),
                              }))
                            }
                          />
                        )}
                      </Field>
                      <Field id={`${uid}-v${i}-name`} label="Name" error={errors[`variants.${i}.name`]}>
                        {(a) => (
                          <Input
                            {...a}
                            value={v.name}
                            onChange={(e) =>
                              update((d) => ({
                                ...d,
                                variants: d.variants.map((x, j) =>
                                  j === i ? { ...x, name: e.target.value } : x,
                                ),
                              }))
                            }
                          />
                        )}
                      </Field>
                      <Field
                        id={`${uid}-v${i}-weight`}
                        label="Weight (%)"
                        error={errors[`variants.${i}.weight`]}
                      >
                        {(a) => (
                          <Input
                            {...a}
                            inputMode="decimal"
                            value={v.weight}
                            onChange={(e) =>
                              update((d) => ({
                                ...d,
                                variants: d.variants.map((x, j) =>
                                  j === i ? { ...x, weight: e.target.value } : x,
                                ),
                              }))
                            }
                          />
                        )}
                      </Field>
                      <div className="self-end">
                        <Button
                          type="button"
                          variant="outline"
                          size="icon"
                          aria-label={`Remove variant ${i + 1}`}
                          disabled={draft.variants.length <= 1}
                          onClick={() =>
                            update((d) => ({ ...d, variants: d.variants.filter((_, j) => j !== i) }))
                          }
                        >
                          <Trash2Icon aria-hidden />
                        </Button>
                      </div>
                    </div>
                    {effectFields(v.effect, `variants.${i}.effect`, (e) =>
                      update((d) => ({
                        ...d,
                        variants: d.variants.map((x, j) => (j === i ? { ...x, effect: e } : x)),
                      })),
                    )}
                  </fieldset>
                ))}
                <div className="flex flex-wrap items-end gap-4">
                  <Button
                    type="button"
                    variant="outline"
                    onClick={() =>
                      update((d) => ({
                        ...d,
                        variants: [
                          ...d.variants,
                          {
                            key: String.fromCharCode(97 + d.variants.length),
                            name: `Variant ${String.fromCharCode(65 + d.variants.length)}`,
                            weight: '',
                            effect: emptyEffect(),
                          },
                        ],
                      }))
                    }
                  >
                    <PlusIcon aria-hidden /> Add variant
                  </Button>
                  <div className="w-40">
                    {text('holdoutPercent', 'Holdout (%)', 'Members who get nothing', {
                      inputMode: 'decimal',
                    })}
                  </div>
                </div>
                <p
                  role="status"
                  className={
                    Math.abs(total - 100) > 1e-9 ? 'text-sm text-destructive' : 'text-sm text-success'
                  }
                >
                  Weights and holdout must add up to 100%: they add up to {+total.toFixed(2)}%.
                  {errors.allocation ? ` ${errors.allocation}.` : ''}
                </p>
              </>
            )}
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Budget, limits and stacking</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-4 sm:grid-cols-2">
            {text(
              'budgetPoints',
              'Budget (points)',
              'The campaign stops issuing once spent; empty: no budget',
              { inputMode: 'numeric' },
            )}
            {text('perMemberCapPoints', 'Cap per member (points)', 'Empty: no cap', { inputMode: 'numeric' })}
            {text('priority', 'Priority', 'Higher applies first', { inputMode: 'numeric' })}
            <div className="grid content-start gap-1.5">
              <span className="text-sm font-medium">Stacking</span>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={draft.stackable}
                  onChange={(e) => set('stackable', e.target.checked)}
                />
                Stacks with other live campaigns
              </label>
              <p className="text-xs text-muted-foreground">
                Unticked: only the highest-priority campaign applies.
              </p>
            </div>
            {text(
              'bonusExpiresInDays',
              'Bonus points expire after (days)',
              'Empty: the program’s usual expiry',
              { inputMode: 'numeric' },
            )}
          </CardContent>
        </Card>

        <StackingPreview draft={draft} />

        <div className="flex gap-2">
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Saving…' : 'Save draft'}
          </Button>
          <Button type="button" variant="outline" onClick={() => router.push('/campaigns')}>
            Cancel
          </Button>
        </div>
      </form>
    </>
  );
}
