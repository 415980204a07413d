import type { Metadata } from 'next';
import { MembersList } from '@/features/members/members-list';

export const metadata: Metadata = { title: 'Members' };

export default function MembersPage() {
  return <MembersList />;
}
