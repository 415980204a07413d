import type { Metadata } from 'next';
import { TasksList } from '@/features/engagement/tasks-list';

export const metadata: Metadata = { title: 'Tasks & challenges' };

export default function Page() {
  return <TasksList />;
}
