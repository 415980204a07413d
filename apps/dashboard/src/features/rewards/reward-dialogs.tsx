'use client';

import { PlusIcon } from 'lucide-react';
import { toast } from 'sonner';
import { z } from 'zod';
import {
  DashboardAuditLogDocument,
  DashboardCreateRewardDocument,
  DashboardRewardsDocument,
  DashboardUpdateRewardDocument,
  type DashboardRewardsQuery,
  type RewardType,
} from '@accrue/sdk/src/generated/graphql';
import { FormDialog, SelectField, TextField } from '@/components/form-dialog';
import { useSession } from '@/components/shell/session-context';
import { Button } from '@/components/ui/button';
import { minorPerUnit } from '@/lib/format';
import { requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation } from '@/lib/use-gql';

type Reward = DashboardRewardsQuery['rewards'][number];

const amount = z
  .string()
  .trim()
  .regex(/^\d*(\.\d{1,2})?$/, { message: 'An amount, e.g. 10 or 9.90' });
const schema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { message: 'Name the reward' })
    .max(200, { message: 'At most 200 characters' }),
  type: z.enum(['ITEM', 'DISCOUNT', 'DONATION']),
  pointsCost: z
    .string()
    .trim()
    .regex(/^\d+$/, { message: 'A whole number of points' })
    .refine((v) => Number(v) >= 1, { message: 'At least 1 point' }),
  cashPrice: amount,
  value: amount.refine((v) => v !== '', { message: 'What the reward is worth' }),
  stock: z.string().trim().regex(/^\d*$/, { message: 'A whole number, or empty for unlimited' }),
  perMemberLimit: z.string().trim().regex(/^\d*$/, { message: 'A whole number, or empty for no limit' }),
});
type Values = z.infer<typeof schema>;
/** the API's input fields → this form's */
const SERVER_FIELDS = { cashPriceMinor: 'cashPrice', valueMinor: 'value' } as const;
const TYPES = [
  { value: 'ITEM', label: 'Item' },
  { value: 'DISCOUNT', label: 'Discount' },
  { value: 'DONATION', label: 'Donation' },
] as const;
const EMPTY: Values = {
  name: '',
  type: 'ITEM',
  pointsCost: '',
  cashPrice: '',
  value: '',
  stock: '',
  perMemberLimit: '',
};
const INVALIDATES = [DashboardRewardsDocument, DashboardAuditLogDocument];

/** The reward's fields in the form's terms (amounts in currency units, empty for none). */
function useRewardForm() {
  const session = useSession();
  const unit = minorPerUnit(session.program.currency);
  const currency = session.program.currency;
  const toInput = (v: Values) => ({
    name: v.name,
    type: v.type as RewardType,
    pointsCost: Number(v.pointsCost),
    cashPriceMinor: v.cashPrice ? Math.round(Number(v.cashPrice) * unit) : null,
    valueMinor: Math.round(Number(v.value) * unit),
    stock: v.stock ? Number(v.stock) : null,
    perMemberLimit: v.perMemberLimit ? Number(v.perMemberLimit) : null,
  });
  const fromReward = (r: Reward): Values => ({
    name: r.name,
    type: r.type,
    pointsCost: String(r.pointsCost),
    cashPrice: r.cashPriceMinor ? String(r.cashPriceMinor / unit) : '',
    value: String(r.valueMinor / unit),
    stock: r.stock == null ? '' : String(r.stock),
    perMemberLimit: r.perMemberLimit == null ? '' : String(r.perMemberLimit),
  });
  const fields = (form: { control: import('react-hook-form').Control<Values> }) => (
    <>
      <TextField control={form.control} name="name" label="Name" />
      <SelectField control={form.control} name="type" label="Type" options={TYPES} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField control={form.control} name="pointsCost" label="Points cost" inputMode="numeric" />
        <TextField
          control={form.control}
          name="cashPrice"
          label={`Cash price (${currency})`}
          hint="Empty: points only"
          inputMode="decimal"
        />
        <TextField
          control={form.control}
          name="value"
          label={`Value (${currency})`}
          hint="What it is worth to the member"
          inputMode="decimal"
        />
        <TextField
          control={form.control}
          name="stock"
          label="Stock"
          hint="Empty: unlimited"
          inputMode="numeric"
        />
        <TextField
          control={form.control}
          name="perMemberLimit"
          label="Limit per member"
          hint="Empty: no limit"
          inputMode="numeric"
        />
      </div>
    </>
  );
  return { toInput, fromReward, fields };
}

export function CreateRewardDialog() {
  const { toInput, fields } = useRewardForm();
  const create = useGqlMutation(DashboardCreateRewardDocument, {
    select: (d) => requireNoUserErrors(d.createReward),
    invalidates: INVALIDATES,
  });
  return (
    <FormDialog
      title="New reward"
      description="Members buy it with points (and, if you set one, a cash price)."
      trigger={
        <Button>
          <PlusIcon aria-hidden /> New reward
        </Button>
      }
      schema={schema}
      defaultValues={EMPTY}
      mutation={create}
      toVariables={(v) => {
        const input = toInput(v);
        return {
          input: {
            ...input,
            cashPriceMinor: input.cashPriceMinor ?? undefined,
            stock: input.stock ?? undefined,
            perMemberLimit: input.perMemberLimit ?? undefined,
          },
        };
      }}
      serverFields={SERVER_FIELDS}
      submitLabel="Create reward"
      pendingLabel="Creating…"
      failure="The reward was not created"
      onSuccess={(p) => toast.success(`Reward “${p.reward?.name}” created`)}
    >
      {fields}
    </FormDialog>
  );
}

/** Edits one reward (opened from its row); empty stock or limit clears it. */
export function EditRewardDialog({ reward, onClose }: { reward: Reward | null; onClose: () => void }) {
  const { toInput, fromReward, fields } = useRewardForm();
  const update = useGqlMutation(DashboardUpdateRewardDocument, {
    select: (d) => requireNoUserErrors(d.updateReward),
    invalidates: INVALIDATES,
  });
  return (
    <FormDialog
      title={reward ? `Edit “${reward.name}”` : 'Edit reward'}
      description="Changes apply to the next redemption; past redemptions keep what they cost."
      open={reward !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      schema={schema}
      defaultValues={reward ? fromReward(reward) : EMPTY}
      mutation={update}
      toVariables={(v) => ({ input: { id: reward!.id, ...toInput(v) } })}
      serverFields={SERVER_FIELDS}
      submitLabel="Save changes"
      pendingLabel="Saving…"
      failure="The reward was not changed"
      onSuccess={(p) => toast.success(`Reward “${p.reward?.name}” saved`)}
    >
      {fields}
    </FormDialog>
  );
}
