'use client';

import { DashboardWebhookEndpointsDocument } from '@accrue/sdk/src/generated/graphql';
import { ErrorState, Forbidden, LoadingRows, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { useGqlQuery } from '@/lib/use-gql';
import { Deliveries } from './deliveries';
import dynamic from 'next/dynamic';
import { PlusIcon } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { EndpointsTable } from './endpoints';

// the form (react-hook-form, zod) loads only for those who may add endpoints
const CreateEndpointDialog = dynamic(
  () => import('./create-endpoint-dialog').then((m) => m.CreateEndpointDialog),
  {
    loading: () => (
      <Button disabled>
        <PlusIcon aria-hidden /> New endpoint
      </Button>
    ),
  },
);

export function WebhooksPage() {
  const session = useSession();
  if (!session.can('webhooks:read'))
    return (
      <>
        <PageHeader title="Webhooks" />
        <Forbidden what="webhooks" who="Finance and Admin" />
      </>
    );
  return <Webhooks />;
}

function Webhooks() {
  const session = useSession();
  const endpoints = useGqlQuery(DashboardWebhookEndpointsDocument, {});
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Receivers of points, tier and alert events; every delivery with its status, retried with backoff, and replayable."
        actions={session.can('webhooks:write') ? <CreateEndpointDialog /> : null}
      />
      {endpoints.isPending ? (
        <LoadingRows label="Loading webhook endpoints" />
      ) : endpoints.error ? (
        <ErrorState error={endpoints.error} onRetry={() => void endpoints.refetch()} />
      ) : (
        <div className="grid gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Endpoints</CardTitle>
            </CardHeader>
            <CardContent>
              <EndpointsTable endpoints={endpoints.data.webhookEndpoints} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <div>
                <CardTitle>Deliveries</CardTitle>
                <CardDescription>Newest first; times in {session.program.timezone}.</CardDescription>
              </div>
            </CardHeader>
            <CardContent>
              <Deliveries endpoints={endpoints.data.webhookEndpoints} />
            </CardContent>
          </Card>
        </div>
      )}
    </>
  );
}
