import type { Permission } from '@/lib/permissions';

export interface NavItem {
  href: string;
  label: string;
  /** the page opens only for roles with this permission; others do not see it in the menu */
  needs?: Permission;
  /** arrives with a later release: shown, marked, and explained on its page */
  later?: boolean;
}

export const NAV_SECTIONS: { title: string; items: NavItem[] }[] = [
  {
    title: 'Program',
    items: [
      { href: '/', label: 'Overview' },
      { href: '/members', label: 'Members' },
      { href: '/tiers', label: 'Tiers & rules' },
      { href: '/rewards', label: 'Rewards' },
    ],
  },
  {
    title: 'Growth',
    items: [
      { href: '/campaigns', label: 'Campaigns' },
      { href: '/cost-monitoring', label: 'Cost monitoring', needs: 'metrics:read' },
    ],
  },
  {
    title: 'Engagement',
    items: [
      { href: '/engagement', label: 'Participation & cost' },
      { href: '/tasks', label: 'Tasks & challenges' },
      { href: '/leaderboards', label: 'Leaderboards' },
      { href: '/draws', label: 'Points draws' },
      { href: '/group-buys', label: 'Group buys' },
      { href: '/boosts', label: 'Boosts' },
    ],
  },
  {
    title: 'Administration',
    items: [
      { href: '/audit-log', label: 'Audit log', needs: 'audit:read' },
      { href: '/webhooks', label: 'Webhooks', needs: 'webhooks:read' },
      { href: '/access', label: 'Staff & API keys', needs: 'staff:read' },
      { href: '/settings', label: 'Program settings' },
    ],
  },
];
