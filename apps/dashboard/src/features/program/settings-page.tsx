'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import {
  DashboardAuditLogDocument,
  DashboardOverviewDocument,
  DashboardProgramDocument,
  DashboardUpdateProgramSettingsDocument,
  type DashboardProgramQuery,
} from '@accrue/sdk/src/generated/graphql';
import { ErrorState, LoadingRows, PageHeader, errorMessage } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
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
import { UserErrorsError, requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation, useGqlQuery } from '@/lib/use-gql';

const validZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};
const optionalWhole = z
  .string()
  .trim()
  .regex(/^\d*$/, { message: 'A whole number, or empty to turn the check off' });
const schema = z.object({
  name: z.string().trim().min(1, { message: 'Name the program' }).max(200),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, { message: 'An ISO 4217 code in capitals, e.g. CNY' }),
  timezone: z.string().trim().refine(validZone, { message: 'An IANA time zone, e.g. Asia/Shanghai' }),
  maxEnrolmentsPerDevice: optionalWhole,
  maxEnrolmentsPerIp: optionalWhole,
  velocityMultiple: z
    .string()
    .trim()
    .regex(/^(\d+(\.\d+)?)?$/, { message: 'A number, e.g. 10, or empty' }),
  velocityMinPoints: optionalWhole,
  velocityBaselineDays: optionalWhole,
});
type Values = z.infer<typeof schema>;
type Settings = DashboardProgramQuery['programSettings'];

const toValues = (s: Settings): Values => ({
  name: s.name,
  currency: s.currency,
  timezone: s.timezone,
  maxEnrolmentsPerDevice: s.risk.maxEnrolmentsPerDevice?.toString() ?? '',
  maxEnrolmentsPerIp: s.risk.maxEnrolmentsPerIp?.toString() ?? '',
  velocityMultiple: s.risk.velocity?.multiple.toString() ?? '',
  velocityMinPoints: s.risk.velocity?.minPoints.toString() ?? '',
  velocityBaselineDays: s.risk.velocity?.baselineDays.toString() ?? '',
});
const num = (v: string) => (v === '' ? null : Number(v));

export function SettingsPage() {
  const query = useGqlQuery(DashboardProgramDocument, {});
  return (
    <>
      <PageHeader
        title="Program settings"
        description={
          <>
            The program&apos;s name, currency, time zone and review flags. Earning rules are under{' '}
            <Link className="text-primary underline" href="/tiers">
              Tiers &amp; rules
            </Link>
            .
          </>
        }
      />
      {query.isPending ? (
        <LoadingRows label="Loading settings" rows={6} />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <SettingsForm
          key={JSON.stringify(query.data.programSettings)}
          settings={query.data.programSettings}
        />
      )}
    </>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const session = useSession();
  const router = useRouter();
  const editable = session.can('settings:write');
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: toValues(settings) });
  const save = useGqlMutation(DashboardUpdateProgramSettingsDocument, {
    select: (d) => requireNoUserErrors(d.updateProgramSettings),
    invalidates: [DashboardProgramDocument, DashboardOverviewDocument, DashboardAuditLogDocument],
  });
  const onSubmit = (v: Values) => {
    const velocity =
      v.velocityMultiple && v.velocityMinPoints && v.velocityBaselineDays
        ? {
            multiple: Number(v.velocityMultiple),
            minPoints: Number(v.velocityMinPoints),
            baselineDays: Number(v.velocityBaselineDays),
          }
        : null;
    save.mutate(
      {
        input: {
          name: v.name,
          currency: v.currency,
          timezone: v.timezone,
          risk: {
            maxEnrolmentsPerDevice: num(v.maxEnrolmentsPerDevice),
            maxEnrolmentsPerIp: num(v.maxEnrolmentsPerIp),
            velocity,
          },
        },
      },
      {
        onSuccess: () => {
          toast.success('Settings saved');
          router.refresh(); // the header's time zone and currency come from the server
        },
        onError: (error) => {
          if (error instanceof UserErrorsError)
            for (const e of error.userErrors) {
              const f = e.field?.[1];
              if (f === 'name' || f === 'currency' || f === 'timezone')
                form.setError(f, { message: e.message });
            }
          toast.error('Not saved', { description: errorMessage(error) });
        },
      },
    );
  };
  const field = (name: keyof Values, label: string, hint?: string) => (
    <FormField
      control={form.control}
      name={name}
      render={({ field: f }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <Input readOnly={!editable} {...f} />
          </FormControl>
          {hint ? <FormDescription>{hint}</FormDescription> : null}
          <FormMessage />
        </FormItem>
      )}
    />
  );
  return (
    <Form {...form}>
      <form
        onSubmit={form.handleSubmit(onSubmit)}
        noValidate
        className="grid gap-6"
        aria-label="Program settings"
      >
        {!editable ? (
          <p className="text-sm text-muted-foreground">Only an administrator can change these settings.</p>
        ) : null}
        <Card>
          <CardHeader>
            <div>
              <CardTitle>Program</CardTitle>
              <CardDescription>
                Times are shown and entered in this time zone; amounts are in this currency.
              </CardDescription>
            </div>
          </CardHeader>
          <CardContent className="grid gap-4 md:grid-cols-3">
            {field('name', 'Name')}
            {field('currency', 'Currency', 'Changing it does not convert stored amounts.')}
            {field('timezone', 'Time zone', 'Schedules and calendar months are read in it.')}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <div>
              <CardTitle>Review flags</CardTitle>
              <CardDescription>
                When a member is put on the review list. Empty turns a check off.
              </CardDescription>
            </div>
          </CardHeader>
          <CardContent className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {field(
              'maxEnrolmentsPerDevice',
              'Enrolments per device',
              'Beyond this, the next enrolment is flagged.',
            )}
            {field('maxEnrolmentsPerIp', 'Enrolments per IP address')}
            {field('velocityMultiple', 'Earning velocity: multiple of the norm')}
            {field('velocityMinPoints', 'Earning velocity: at least (points a day)')}
            {field('velocityBaselineDays', 'Earning velocity: norm over (days)')}
          </CardContent>
        </Card>
        {editable ? (
          <div className="flex justify-end gap-2">
            <Button type="button" variant="ghost" onClick={() => form.reset(toValues(settings))}>
              Discard changes
            </Button>
            <Button type="submit" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save settings'}
            </Button>
          </div>
        ) : null}
      </form>
    </Form>
  );
}
