/** The event types an endpoint may subscribe to ("*" = all). Written to the outbox by the use cases. */
export const WEBHOOK_EVENT_TYPES = [
  'points.earned',
  'points.redeemed',
  'points.redemption_cancelled',
  'points.reversed',
  'points.expiring',
  'points.expired',
  'points.extended',
  'tier.changed',
  'member.enrolled',
  'campaign.budget_exhausted',
  'alert.raised',
  'endpoint.disabled',
] as const;

export const subscribes = (events: string[], type: string) => events.includes('*') || events.includes(type);
