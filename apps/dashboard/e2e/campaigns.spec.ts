import { expect, test } from '@playwright/test';
import { authFile } from './env';
import { api, expectAccessible, screenshot, settled } from './helpers';

// Issue 17: campaign setup and launch (MARKETING), simulation against the API, the seeded finished
// A/B test's winner, cost monitoring against the API (FINANCE), thresholds and alerts, CSV export,
// and what MARKETING and FINANCE may not do. axe on every new page; screenshots kept.

async function campaignByKey(request: Parameters<typeof api>[0], key: string) {
  const r = await api<{ campaigns: { edges: { node: { id: string; key: string; status: string } }[] } }>(
    request,
    `{ campaigns(first: 100) { edges { node { id key status } } } }`,
  );
  return r.campaigns.edges.map((e) => e.node).find((c) => c.key === key);
}

test.describe('as marketing', () => {
  test.use({ storageState: authFile('MARKETING') });

  test('creates and launches a Wednesday double-points test with three variants and a holdout', async ({
    page,
    request,
  }) => {
    test.slow(); // a long flow: form, draft, simulation, launch, list
    const key = `wed-${Date.now().toString(36)}`;
    await page.goto('/campaigns/new');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('New campaign');
    await expectAccessible(page, 'new campaign');
    // validation by the field
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByText('Name the campaign')).toBeVisible();
    await page.getByLabel('Name', { exact: true }).first().fill('Double Wednesday test');
    await page.getByLabel('Key', { exact: true }).first().fill(key);
    await page.getByLabel(/^Starts/).fill('2026-12-02T00:00');
    await page.getByLabel(/^Ends/).fill('2026-12-31T23:00');
    await page.getByRole('checkbox', { name: 'Wed' }).check();
    await page.getByLabel('Budget (points)').fill('500000');
    await page.getByRole('checkbox', { name: /Run as an A\/B test/ }).check();
    await page.getByRole('button', { name: 'Add variant' }).click();
    const weights = page.getByLabel('Weight (%)');
    await weights.nth(0).fill('30');
    await weights.nth(1).fill('30');
    await weights.nth(2).fill('30');
    await page.getByLabel('Multiplier').nth(2).fill('3');
    await page.getByLabel('Holdout (%)').fill('20');
    await expect(page.getByText(/they add up to 110%/)).toBeVisible();
    await page.getByLabel('Holdout (%)').fill('10');
    await expect(page.getByText(/they add up to 100%/)).toBeVisible();
    await screenshot(page, 'campaign-new');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Double Wednesday test');
    await settled(page);

    // the simulation's figures are the API's
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await expect(page.getByTestId('simulation')).toBeVisible();
    const created = await campaignByKey(request, key);
    const sim = await api<{ simulateCampaign: { pointsIssued: number; membersReached: number } }>(
      request,
      `query($id: ID!) { simulateCampaign(id: $id, days: 30) { pointsIssued membersReached } }`,
      { id: created!.id },
    );
    await expect(page.getByTestId('sim-points')).toHaveText(
      `${sim.simulateCampaign.pointsIssued.toLocaleString('en-GB')} points`,
    );
    await expect(page.getByTestId('sim-members')).toHaveText(
      `${sim.simulateCampaign.membersReached.toLocaleString('en-GB')} members`,
    );
    await expect(page.locator('[data-sonner-toast]')).toHaveCount(0, { timeout: 20_000 });
    await expectAccessible(page, 'campaign detail');
    await screenshot(page, 'campaign-detail');

    await page.getByRole('button', { name: 'Launch' }).click();
    await expect(page.getByTestId('campaign-status')).not.toHaveText('draft');
    await page.goto('/campaigns');
    const row = page.getByRole('row', { name: /Double Wednesday test/ });
    await expect(row).toBeVisible();
    await expect(row).toContainText(/3 variants, 10% holdout/);
    await expectAccessible(page, 'campaigns');
    await screenshot(page, 'campaigns');
    expect((await campaignByKey(request, key))!.status).not.toBe('DRAFT');
  });

  test('sees the seeded finished A/B test and its winner, the same as the API’s', async ({
    page,
    request,
  }) => {
    const ab = await campaignByKey(request, 'demo-ab-2x');
    expect(ab, 'seed-demo creates demo-ab-2x').toBeTruthy();
    const r = await api<{
      campaign: {
        variants: { key: string; name: string }[];
        results: {
          winner: string | null;
          daily: { day: string; arm: string; members: number; revenuePerMemberMinor: number | null }[];
        };
      };
    }>(
      request,
      `query($id: ID!) { campaign(id: $id) { variants { key name } results { winner daily { day arm members revenuePerMemberMinor } } } }`,
      { id: ab!.id },
    );
    // the e2e API seeds 240 members: the test's stats want 100 an arm, and 2x clearly wins
    const winner = r.campaign.results.winner;
    expect(winner, 'the seeded finished test names a winner').toBeTruthy();
    const name = r.campaign.variants.find((v) => v.key === winner)!.name;
    await page.goto(`/campaigns/${encodeURIComponent(ab!.id)}/results`);
    await settled(page);
    await expect(page.getByTestId('verdict')).toContainText(`Winner: ${name}`);
    await expect(page.getByRole('row', { name: /winner/ })).toContainText(name);
    await expect(page.getByRole('table', { name: 'Observed and expected members per arm' })).toBeVisible();
    // cumulative revenue per member over time: the table under the chart has the API's last day
    const table = page.getByRole('table', { name: 'Cumulative revenue per member by day' });
    await expect(table).toBeVisible();
    const last = r.campaign.results.daily.filter((d) => d.arm === winner).at(-1)!;
    await expect(table.getByRole('row').last()).toContainText(`(${last.members})`);
    await expectAccessible(page, 'A/B results');
    await screenshot(page, 'campaign-results');
  });

  test('cannot change thresholds (cost monitoring is not in the menu and the API refuses)', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Cost monitoring' })).toHaveCount(0);
    await page.goto('/cost-monitoring');
    await expect(page.getByRole('button', { name: 'Save thresholds' })).toHaveCount(0);
  });
});

test.describe('as finance', () => {
  test.use({ storageState: authFile('FINANCE') });

  test('cannot launch a campaign', async ({ page, request }) => {
    const ab = await campaignByKey(request, 'demo-double-wednesday');
    await page.goto('/campaigns');
    await expect(page.getByRole('link', { name: 'New campaign' })).toHaveCount(0);
    await page.goto(`/campaigns/${encodeURIComponent(ab!.id)}`);
    await settled(page);
    await expect(page.getByText(/Read-only: Marketing and Admin/)).toBeVisible();
    for (const name of ['Launch', 'Pause', 'Resume', 'End'])
      await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  });

  test('cost monitoring shows the API’s figures, a threshold raises an alert, a CSV exports', async ({
    page,
    request,
  }) => {
    await page.goto('/cost-monitoring?granularity=WEEK');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cost monitoring');
    await settled(page);
    const m = await api<{ costMonitor: { outstandingPoints: number; costToSalesRatio: number | null } }>(
      request,
      `{ costMonitor(windowDays: 30) { outstandingPoints costToSalesRatio } }`,
    );
    await expect(page.getByTestId('kpi-liability')).toContainText(
      `${m.costMonitor.outstandingPoints.toLocaleString('en-GB')} points outstanding`,
    );
    if (m.costMonitor.costToSalesRatio != null)
      await expect(page.getByTestId('kpi-ratio')).toContainText(
        `${(m.costMonitor.costToSalesRatio * 100).toFixed(2)}%`,
      );
    // the warning band starts at the configured warning level, not an assumed share of the red line
    const t = await api<{ costMonitor: { warningLevel: number } }>(
      request,
      `{ costMonitor(windowDays: 30) { warningLevel } }`,
    );
    await expect(page.getByText(/the band below it \(from/)).toContainText(
      `from ${(t.costMonitor.warningLevel * 100).toFixed(2)}%`,
    );
    // the demo's small-budget campaign spent its budget before its end: its open alert names it
    const budgetAlert = page
      .getByTestId('alert-row')
      .filter({ hasText: 'Campaign budget: +50 on every order (small budget)' });
    await expect(budgetAlert.filter({ hasText: 'open' })).toHaveCount(1);
    await expect(
      budgetAlert.getByRole('link', { name: '+50 on every order (small budget)' }),
    ).toHaveAttribute('href', /^\/campaigns\/cmp_/);
    await expectAccessible(page, 'cost monitoring');
    await screenshot(page, 'cost-monitoring');

    // the demo program may already have a cost-to-sales alert open: a red line well above today's
    // ratio resolves it, then one far below raises it again
    const costAlertOpen = page
      .getByTestId('alert-row')
      .filter({ hasText: 'Cost-to-sales' })
      .filter({ hasText: 'open' });
    await page.getByLabel('Cost-to-sales red line (%)').fill('10');
    await page.getByRole('button', { name: 'Save thresholds' }).click();
    await expect(costAlertOpen).toHaveCount(0);
    await page.getByLabel('Cost-to-sales red line (%)').fill('0.01');
    await page.getByRole('button', { name: 'Save thresholds' }).click();
    await expect(costAlertOpen).not.toHaveCount(0);
    await screenshot(page, 'cost-monitoring-alert');
    // back to a usual red line for the other tests
    await page.getByLabel('Cost-to-sales red line (%)').fill('2');
    await page.getByRole('button', { name: 'Save thresholds' }).click();

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Metrics CSV' }).click();
    const file = await download;
    const text = await (await file.createReadStream()).toArray();
    const csv = Buffer.concat(text as Buffer[]).toString('utf8');
    expect(csv.split('\n').length, `the metrics CSV: ${csv.slice(0, 300)}`).toBeGreaterThan(1);
  });

  test('the overview is one query, read on the server for the first paint', async ({ page, request }) => {
    const m = await api<{ costMonitor: { liabilityMinor: number; outstandingPoints: number } }>(
      request,
      `{ costMonitor(windowDays: 30) { liabilityMinor outstandingPoints } }`,
    );
    // the first HTML already carries the figures
    const html = await (await page.request.get('/')).text();
    expect(html).toContain(m.costMonitor.outstandingPoints.toLocaleString('en-GB'));
    // and the browser sends no query of its own for them
    const operations: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/graphql')) operations.push(String(r.postDataJSON()?.operationName));
    });
    await page.goto('/');
    await settled(page);
    await expect(page.getByTestId('home-liability')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Program health' })).toContainText('Outstanding points');
    await expect(page.getByText('Active campaigns')).toBeVisible();
    await expect(page.getByText('Open alerts')).toBeVisible();
    expect(operations.filter((o) => o.startsWith('Dashboard'))).toEqual([]);
    await expectAccessible(page, 'overview (finance)');
    await screenshot(page, 'overview-finance');
  });
});
