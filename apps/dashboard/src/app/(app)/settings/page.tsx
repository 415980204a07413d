import type { Metadata } from 'next';
import { SettingsPage } from '@/features/program/settings-page';

export const metadata: Metadata = { title: 'Program settings' };

export default function Page() {
  return <SettingsPage />;
}
