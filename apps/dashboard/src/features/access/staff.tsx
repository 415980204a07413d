'use client';

import { toast } from 'sonner';
import {
  DashboardAccessDocument,
  DashboardAuditLogDocument,
  DashboardUpdateStaffUserDocument,
  type DashboardAccessQuery,
  type Role,
} from '@accrue/sdk/src/generated/graphql';
import { ConfirmButton } from '@/components/confirm-button';
import { EmptyState, errorMessage } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { requireNoUserErrors } from '@/lib/graphql-client';
import { ROLE_LABEL } from '@/lib/permissions';
import { useGqlMutation } from '@/lib/use-gql';

export const STAFF_ROLES: Role[] = ['ADMIN', 'MARKETING', 'FINANCE', 'SUPPORT', 'VIEWER'];
type StaffUser = DashboardAccessQuery['staffUsers'][number];

export function StaffTable({ users }: { users: StaffUser[] }) {
  const session = useSession();
  const writer = session.can('staff:write');
  const update = useGqlMutation(DashboardUpdateStaffUserDocument, {
    select: (d) => requireNoUserErrors(d.updateStaffUser),
    invalidates: [DashboardAccessDocument, DashboardAuditLogDocument],
  });
  const change = (id: string, input: { role?: Role; disabled?: boolean }, done: string) =>
    update.mutate(
      { input: { id, ...input } },
      {
        onSuccess: () => toast.success(done),
        onError: (e) => toast.error('Not changed', { description: errorMessage(e) }),
      },
    );
  if (!users.length) return <EmptyState title="No staff users" />;
  return (
    <div className="rounded-lg border">
      <Table aria-label="Staff users">
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>Person</TableHead>
            <TableHead>Role</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="hidden md:table-cell">Since</TableHead>
            {writer ? <TableHead className="text-right">Access</TableHead> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((u) => {
            const self = u.id === session.viewer.id;
            return (
              <TableRow key={u.id}>
                <TableCell>
                  <div className="font-medium">
                    {u.name ?? u.email} {self ? <Badge variant="outline">you</Badge> : null}
                  </div>
                  <div className="text-xs text-muted-foreground">{u.email}</div>
                </TableCell>
                <TableCell>
                  {writer && !self ? (
                    <Select
                      value={u.role}
                      onValueChange={(role) =>
                        change(u.id, { role: role as Role }, `${u.email} is now ${ROLE_LABEL[role as Role]}`)
                      }
                    >
                      <SelectTrigger className="w-36" aria-label={`Role of ${u.email}`}>
                        <SelectValue />
                      </SelectTrigger>
                      <SelectContent>
                        {STAFF_ROLES.map((r) => (
                          <SelectItem key={r} value={r}>
                            {ROLE_LABEL[r]}
                          </SelectItem>
                        ))}
                      </SelectContent>
                    </Select>
                  ) : (
                    ROLE_LABEL[u.role]
                  )}
                </TableCell>
                <TableCell>
                  <Badge variant={u.disabled ? 'secondary' : 'success'}>
                    {u.disabled ? 'disabled' : 'active'}
                  </Badge>
                </TableCell>
                <TableCell className="hidden md:table-cell">{session.date(u.createdAt)}</TableCell>
                {writer ? (
                  <TableCell className="text-right">
                    {self ? (
                      <span className="text-xs text-muted-foreground">—</span>
                    ) : u.disabled ? (
                      <Button
                        variant="outline"
                        size="sm"
                        onClick={() => change(u.id, { disabled: false }, `${u.email} enabled`)}
                      >
                        Enable
                      </Button>
                    ) : (
                      <ConfirmButton
                        title={`Disable ${u.email}?`}
                        description="They are signed out at once and cannot sign in until enabled again."
                        confirmLabel="Disable"
                        label={`Disable ${u.email}`}
                        onConfirm={() => change(u.id, { disabled: true }, `${u.email} disabled`)}
                      >
                        Disable
                      </ConfirmButton>
                    )}
                  </TableCell>
                ) : null}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
