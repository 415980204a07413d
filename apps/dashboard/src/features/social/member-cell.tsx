'use client';

import Link from 'next/link';
import { SocialMemberDocument } from '@accrue/sdk/src/generated/graphql';
import { useSession } from '@/components/shell/session-context';
import { useGqlQuery } from '@/lib/use-gql';

/**
 * A member named in a group buy or a boost, linked to their page. Roles that see personal data get
 * the name and email; the others (Viewer) get the external id only, and the API masks the rest anyway.
 */
export function MemberCell({ id, label }: { id: string; label?: string }) {
  const session = useSession();
  const member = useGqlQuery(SocialMemberDocument, { id }, { staleTime: 60_000 });
  const m = member.data?.member;
  const title = m ? (session.personalData ? (m.name ?? m.externalId) : m.externalId) : 'Member';
  return (
    <Link href={`/members/${encodeURIComponent(id)}`} className="group block min-w-0 rounded-sm">
      <span className="block truncate font-medium text-primary group-hover:underline">
        {member.isPending ? <span className="text-muted-foreground">Loading…</span> : title}
        {label ? <span className="sr-only">, {label}</span> : null}
      </span>
      {session.personalData && m ? (
        <span className="block truncate text-xs text-muted-foreground" data-testid="member-email">
          {m.email ?? 'no email'}
        </span>
      ) : null}
    </Link>
  );
}
