import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Nav } from '@/components/nav';
import { Providers } from '@/components/providers';
import { readPublicConfig } from '@/lib/config';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Accrue', template: '%s · Accrue' },
  description: 'Accrue loyalty-points admin',
};

// The API URL and dev token are read from the server's environment on each request.
export const dynamic = 'force-dynamic';

export default function RootLayout({ children }: { children: ReactNode }) {
  const config = readPublicConfig();
  return (
    <html lang="en">
      <body>
        <Providers config={config}>
          <div className="shell">
            <aside className="sidebar">
              <div className="brand">Accrue</div>
              <Nav />
            </aside>
            <main className="content">{children}</main>
          </div>
        </Providers>
      </body>
    </html>
  );
}
