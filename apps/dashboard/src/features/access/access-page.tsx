'use client';

import { DashboardAccessDocument } from '@accrue/sdk/src/generated/graphql';
import { ErrorState, Forbidden, LoadingRows, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { useGqlQuery } from '@/lib/use-gql';
import dynamic from 'next/dynamic';
import { PlusIcon } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { ApiKeysTable } from './api-keys';
import { StaffTable } from './staff';

// the forms (react-hook-form, zod) load only for administrators
const CreateStaffDialog = dynamic(() => import('./create-dialogs').then((m) => m.CreateStaffDialog), {
  loading: () => (
    <Button disabled>
      <PlusIcon aria-hidden /> New staff user
    </Button>
  ),
});
const CreateApiKeyDialog = dynamic(() => import('./create-dialogs').then((m) => m.CreateApiKeyDialog), {
  loading: () => (
    <Button variant="outline" disabled>
      <PlusIcon aria-hidden /> New API key
    </Button>
  ),
});

export function AccessPage() {
  const session = useSession();
  if (!session.can('staff:read'))
    return (
      <>
        <PageHeader title="Staff & API keys" />
        <Forbidden what="staff and API keys" who="Finance (read) and Admin" />
      </>
    );
  return <Access />;
}

function Access() {
  const session = useSession();
  const access = useGqlQuery(DashboardAccessDocument, {});
  return (
    <>
      <PageHeader
        title="Staff & API keys"
        description="Who may sign in to this dashboard, with which role, and the keys integrations and storefronts call the API with."
        actions={session.can('staff:write') ? <CreateStaffDialog /> : null}
      />
      {access.isPending ? (
        <LoadingRows label="Loading staff and keys" />
      ) : access.error ? (
        <ErrorState error={access.error} onRetry={() => void access.refetch()} />
      ) : (
        <div className="grid gap-6">
          <Card>
            <CardHeader>
              <div>
                <CardTitle>Staff</CardTitle>
                <CardDescription>
                  Disabling a user or changing their role signs them out everywhere.
                </CardDescription>
              </div>
            </CardHeader>
            <CardContent>
              <StaffTable users={access.data.staffUsers} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <div>
                <CardTitle>API keys</CardTitle>
                <CardDescription>
                  Only a prefix is kept to tell keys apart; the key itself is shown once.
                </CardDescription>
              </div>
              {session.can('apikeys:write') ? <CreateApiKeyDialog /> : null}
            </CardHeader>
            <CardContent>
              <ApiKeysTable keys={access.data.apiKeys} />
            </CardContent>
          </Card>
        </div>
      )}
    </>
  );
}
