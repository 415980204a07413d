'use client';

import { toast } from 'sonner';
import {
  DashboardAccessDocument,
  DashboardAuditLogDocument,
  DashboardRevokeApiKeyDocument,
  type DashboardAccessQuery,
} from '@accrue/sdk/src/generated/graphql';
import { ConfirmButton } from '@/components/confirm-button';
import { EmptyState, errorMessage } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { requireNoUserErrors } from '@/lib/graphql-client';
import { ROLE_LABEL } from '@/lib/permissions';
import { useGqlMutation } from '@/lib/use-gql';

type ApiKey = DashboardAccessQuery['apiKeys'][number];

export function ApiKeysTable({ keys }: { keys: ApiKey[] }) {
  const session = useSession();
  const writer = session.can('apikeys:write');
  const revoke = useGqlMutation(DashboardRevokeApiKeyDocument, {
    select: (d) => requireNoUserErrors(d.revokeApiKey),
    invalidates: [DashboardAccessDocument, DashboardAuditLogDocument],
  });
  if (!keys.length)
    return (
      <EmptyState title="No API keys">
        {writer ? 'Create one for each integration or storefront.' : null}
      </EmptyState>
    );
  return (
    <div className="rounded-lg border">
      <Table aria-label="API keys">
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>Key</TableHead>
            <TableHead>Role</TableHead>
            <TableHead className="hidden md:table-cell">Created</TableHead>
            <TableHead>Last used</TableHead>
            <TableHead>Status</TableHead>
            {writer ? <TableHead className="text-right">Revoke</TableHead> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {keys.map((k) => (
            <TableRow key={k.id} data-testid={`api-key-${k.name}`}>
              <TableCell>
                <div className="font-medium">{k.name}</div>
                <code className="text-xs text-muted-foreground">{k.prefix}…</code>
              </TableCell>
              <TableCell>{ROLE_LABEL[k.role]}</TableCell>
              <TableCell className="hidden md:table-cell">
                {session.date(k.createdAt)}
                <div className="text-xs text-muted-foreground">by {k.createdBy}</div>
              </TableCell>
              <TableCell>{k.lastUsedAt ? session.dateTime(k.lastUsedAt) : 'never'}</TableCell>
              <TableCell>
                {k.revokedAt ? (
                  <Badge variant="secondary">revoked {session.date(k.revokedAt)}</Badge>
                ) : (
                  <Badge variant="success">active</Badge>
                )}
              </TableCell>
              {writer ? (
                <TableCell className="text-right">
                  {k.revokedAt ? null : (
                    <ConfirmButton
                      title={`Revoke “${k.name}”?`}
                      description="Requests with this key are refused from now on. This cannot be undone."
                      confirmLabel="Revoke key"
                      label={`Revoke ${k.name}`}
                      disabled={revoke.isPending}
                      onConfirm={() =>
                        revoke.mutate(
                          { id: k.id },
                          {
                            onSuccess: () => toast.success(`Key “${k.name}” revoked`),
                            onError: (e) => toast.error('Not revoked', { description: errorMessage(e) }),
                          },
                        )
                      }
                    >
                      Revoke
                    </ConfirmButton>
                  )}
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
