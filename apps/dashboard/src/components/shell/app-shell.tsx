'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { LogOutIcon, UserRoundIcon } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { signOut } from '@/features/auth/actions';
import { ROLE_LABEL } from '@/lib/permissions';
import { cn } from '@/lib/utils';
import { NAV_SECTIONS } from './nav-items';
import { useSession } from './session-context';

export function AppShell({ children }: { children: ReactNode }) {
  const session = useSession();
  const pathname = usePathname();
  const sections = NAV_SECTIONS.map((s) => ({
    ...s,
    items: s.items.filter((i) => !i.needs || session.can(i.needs)),
  })).filter((s) => s.items.length);
  const active = (href: string) => (href === '/' ? pathname === '/' : pathname.startsWith(href));

  return (
    <div className="min-h-screen lg:grid lg:grid-cols-[232px_1fr]">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-primary px-3 py-2 text-primary-foreground focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <aside className="border-b bg-card lg:border-r lg:border-b-0">
        <div className="lg:sticky lg:top-0 lg:max-h-screen lg:overflow-y-auto">
          <div className="flex h-14 items-center gap-2 px-5">
            <span
              aria-hidden
              className="grid size-7 place-items-center rounded-md bg-primary text-sm font-bold text-primary-foreground"
            >
              A
            </span>
            <span className="text-base font-semibold tracking-tight">Accrue</span>
          </div>
          <nav aria-label="Main" className="px-3 pb-3 lg:pb-6">
            <div className="flex flex-wrap gap-x-1 gap-y-1 lg:flex-col lg:gap-5">
              {sections.map((section) => (
                <div key={section.title} className="flex items-center gap-1 lg:block">
                  <p className="hidden px-2 pb-1 text-xs font-medium tracking-wide text-muted-foreground uppercase lg:block">
                    {section.title}
                  </p>
                  <ul className="flex flex-wrap gap-1 lg:flex-col">
                    {section.items.map((item) => (
                      <li key={item.href}>
                        <Link
                          href={item.href}
                          aria-current={active(item.href) ? 'page' : undefined}
                          className={cn(
                            'flex items-center justify-between gap-2 rounded-md px-2 py-1.5 text-sm whitespace-nowrap text-foreground/80 hover:bg-muted hover:text-foreground',
                            active(item.href) &&
                              'bg-accent font-medium text-accent-foreground hover:bg-accent',
                          )}
                        >
                          {item.label}
                          {item.later ? (
                            <span className="rounded border px-1 text-[10px] font-medium text-muted-foreground uppercase">
                              Soon
                            </span>
                          ) : null}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </nav>
        </div>
      </aside>
      <div className="min-w-0">
        <header className="sticky top-0 z-30 flex h-14 items-center justify-between gap-3 border-b bg-background/95 px-4 backdrop-blur md:px-8">
          <div className="flex min-w-0 items-center gap-2 text-sm">
            <span className="truncate font-medium">{session.program.name}</span>
            <Badge variant="outline" title="Times are shown and entered in the program's time zone">
              Times in {session.zoneLabel}
            </Badge>
            <Badge variant="outline" className="hidden sm:inline-flex">
              Amounts in {session.program.currency}
            </Badge>
          </div>
          <div className="flex shrink-0 items-center gap-2">
            <div className="hidden items-center gap-2 text-sm md:flex">
              <UserRoundIcon aria-hidden className="size-4 text-muted-foreground" />
              <span className="max-w-48 truncate" title={session.viewer.email}>
                {session.viewer.name ?? session.viewer.email}
              </span>
            </div>
            <Badge variant="secondary" title="Your role">
              {ROLE_LABEL[session.viewer.role]}
            </Badge>
            <form action={signOut}>
              <Button type="submit" variant="outline" size="sm">
                <LogOutIcon aria-hidden /> Sign out
              </Button>
            </form>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-7xl px-4 py-6 md:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
