'use client';

import Link from 'next/link';
import type { SocialMemberFieldsFragment } from '@accrue/sdk/src/generated/graphql';
import { useSession } from '@/components/shell/session-context';

/**
 * A member named in a group buy or a boost, linked to their page: read with the group or the boost
 * (one batched read, not a query per row). Roles that see personal data get the name and email;
 * the others (Viewer) get the external id only, and the API masks the rest anyway.
 */
export function MemberCell({
  id,
  member,
  label,
}: {
  id: string;
  member: SocialMemberFieldsFragment | null | undefined;
  label?: string;
}) {
  const session = useSession();
  const title = member ? (session.personalData ? (member.name ?? member.externalId) : member.externalId) : id;
  return (
    <Link href={`/members/${encodeURIComponent(id)}`} className="group block min-w-0 rounded-sm">
      <span className="block truncate font-medium text-primary group-hover:underline">
        {title}
        {label ? <span className="sr-only">, {label}</span> : null}
      </span>
      {session.personalData && member ? (
        <span className="block truncate text-xs text-muted-foreground" data-testid="member-email">
          {member.email ?? 'no email'}
        </span>
      ) : null}
    </Link>
  );
}
