import { expect, test } from '@playwright/test';
import { authFile } from './env';
import { api, expectAccessible, screenshot } from './helpers';

// Issue 17: the setup form's stacking preview shows the live campaigns beside the draft, with the
// API's figures for the example purchase.

test.use({ storageState: authFile('MARKETING') });

test('the setup form previews how the draft stacks with the live campaigns', async ({ page, request }) => {
  const live = await api<{ campaigns: { edges: { node: { id: string; name: string } }[] } }>(
    request,
    `{ campaigns(status: ACTIVE, first: 100) { edges { node { id name } } } }`,
  );
  const liveNames = live.campaigns.edges.map((e) => e.node.name);
  expect(liveNames.length, 'seed-demo launches at least one campaign').toBeGreaterThan(0);

  await page.goto('/campaigns/new');
  const panel = page.getByTestId('stacking-preview');
  await expect(panel.getByText('Nothing to preview yet')).toBeVisible();
  await page.getByLabel('Name', { exact: true }).first().fill('Stacking check');
  await page.getByLabel(/^Starts/).fill('2026-12-01T00:00');
  await page.getByRole('textbox', { name: /^Example purchase/ }).fill('250');

  const table = panel.getByRole('table', { name: /Campaigns on the example purchase/ });
  await expect(table).toBeVisible({ timeout: 15_000 });
  await expect(table.getByRole('row', { name: /Stacking check/ })).toContainText('this campaign');
  // every live campaign is in the preview, by name
  for (const name of liveNames)
    await expect(
      table.getByRole('row', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }),
    ).toBeVisible();

  // the total shown is the API's for the same draft (the form's default ×2, stacking) and purchase
  const { programSettings } = await api<{ programSettings: { currency: string } }>(
    request,
    `{ programSettings { currency } }`,
  );
  const digits = new Intl.NumberFormat('en', {
    style: 'currency',
    currency: programSettings.currency,
  }).resolvedOptions().maximumFractionDigits;
  const expected = await api<{ campaignStackingPreview: { totalPoints: number } }>(
    request,
    `query($input: CampaignStackingPreviewInput!) { campaignStackingPreview(input: $input) { totalPoints } }`,
    {
      input: {
        draft: {
          name: 'Stacking check',
          startsAt: '2026-11-01T00:00:00Z',
          effect: { type: 'MULTIPLIER', multiplier: 2 },
          priority: 0,
          stackable: true,
        },
        amountMinor: 250 * 10 ** (digits ?? 2),
      },
    },
  );
  await expect(panel.getByTestId('stacking-total')).toHaveText(
    `${expected.campaignStackingPreview.totalPoints.toLocaleString('en-GB')} pts`,
  );

  await expectAccessible(page, 'new campaign with stacking preview');
  await screenshot(page, 'campaign-stacking-preview');
});
