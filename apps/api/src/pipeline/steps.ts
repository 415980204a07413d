/**
 * The one registration of the purchase's steps, imported by the main thread (services/app.ts) and by
 * SQLite's writer thread (sqlite-worker.ts), so a purchase runs the same steps wherever it runs,
 * alone or in a group commit. Steps decide in this order; observers (`observe`) run after all of
 * them decided, in this order too.
 *
 * To add a step: write it as a PurchaseStep (step.ts) in its module and put it in the list at its
 * place: campaign bonuses before the bonus cap (their grants are capped), rollups after the expiry
 * (they observe the final entries) and before the outbox.
 */
import type { PurchaseStep } from './step';
import { campaigns } from '../modules/campaigns/campaign-step';
import { bonusCap } from './steps/bonus-cap';
import { earning } from './steps/earning';
import { expiry } from './steps/expiry';
import { outbox } from './steps/outbox';
import { referral } from './steps/referral';
import { risk } from './steps/risk';
import { tasks } from './steps/tasks';
import { tierAtPurchase, tierRenewal } from './steps/tier';
import { rollups } from '../modules/metrics/rollup-step';
import { engagementTasks } from '../modules/engagement/purchase-step';

/** What steps may be configured by (read once at start-up; plain data, it crosses to the writer thread). */
export type PipelineConfig = Record<string, never>;

export function purchaseSteps(_config: PipelineConfig = {}): PurchaseStep[] {
  return [
    tierAtPurchase,
    earning,
    referral,
    tasks,
    engagementTasks, // tasks and challenges over purchases: bonus grants, before the cap
    campaigns, // bonus grants, before the cap
    bonusCap,
    risk,
    tierRenewal,
    expiry,
    rollups, // observes the final entries
    outbox,
  ];
}
