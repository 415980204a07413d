import { expect, test } from '@playwright/test';
import { authFile } from './env';
import { api, createMember, expectAccessible, screenshot, settled } from './helpers';

/** a reward of this test alone, created through the API */
async function createReward(
  request: Parameters<typeof api>[0],
  label: string,
  extra: Record<string, unknown> = {},
) {
  const name = `E2E ${label} ${Date.now().toString(36)}`;
  const r = await api<{ createReward: { reward: { id: string } } }>(
    request,
    `mutation($input: CreateRewardInput!) { createReward(input: $input) { reward { id } } }`,
    { input: { name, type: 'ITEM', pointsCost: 300, valueMinor: 1000, stock: 50, ...extra } },
  );
  return { id: r.createReward.reward.id, name };
}

// each test walks several pages and runs axe: give them room on a loaded machine
test.describe.configure({ timeout: 180_000 });

const RAW_CODE = /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/;

test.describe('marketing', () => {
  test.use({ storageState: authFile('MARKETING') });

  test("edits a reward's stock and limit and sees them in the catalog", async ({ page, request }) => {
    const reward = await createReward(request, 'mug');
    await page.goto('/rewards');
    await settled(page);
    await page.getByRole('button', { name: `Edit ${reward.name}` }).click();
    const form = page.getByRole('form', { name: `Edit “${reward.name}”` });
    // the form starts from the reward as it is
    await expect(form.getByLabel('Stock')).toHaveValue('50');
    await expect(form.getByLabel('Limit per member')).toHaveValue('');
    await form.getByLabel('Stock').fill('-3');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(form.getByText('A whole number, or empty for unlimited')).toBeVisible();
    await form.getByLabel('Stock').fill('7');
    await form.getByLabel('Limit per member').fill('2');
    await expectAccessible(page, 'reward edit dialog');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText(`Reward “${reward.name}” saved`)).toBeVisible();
    const row = page
      .getByRole('table', { name: 'Rewards' })
      .getByRole('row')
      .filter({ hasText: reward.name });
    await expect(row.getByRole('cell').nth(5)).toHaveText('7');
    await expect(row.getByRole('cell').nth(6)).toHaveText('2');
    // the API agrees
    const read = await api<{ rewards: { id: string; stock: number; perMemberLimit: number }[] }>(
      request,
      `{ rewards(activeOnly: false) { id stock perMemberLimit } }`,
    );
    expect(read.rewards.find((r) => r.id === reward.id)).toMatchObject({ stock: 7, perMemberLimit: 2 });
    // emptying the stock makes it unlimited
    await page.getByRole('button', { name: `Edit ${reward.name}` }).click();
    await form.getByLabel('Stock').fill('');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(row.getByRole('cell').nth(5)).toHaveText('unlimited');
    await screenshot(page, 'rewards-after-edit');
  });
});

test.describe('an admin', () => {
  test.use({ storageState: authFile('ADMIN') });

  test('filters the audit log on the server, with the filters in the URL', async ({ page, request }) => {
    const reward = await createReward(request, 'audit');
    for (const stock of [9, 8])
      await api(
        request,
        `mutation($input: UpdateRewardInput!) { updateReward(input: $input) { reward { id } } }`,
        {
          input: { id: reward.id, stock },
        },
      );
    await page.goto('/audit-log');
    await settled(page);
    await page.getByLabel('Kind of change').click();
    await page.getByRole('option', { name: 'Reward', exact: true }).click();
    await expect(page).toHaveURL(/kind=reward/);
    await page.getByLabel('Record id').fill(reward.id);
    await expect(page).toHaveURL(new RegExp(`entity=${reward.id}`));
    const rows = page.getByRole('table', { name: 'Audit log' }).getByRole('row');
    await expect(rows).toHaveCount(4); // header and three entries: created, two updates
    await expect(rows.nth(1)).toContainText('Reward: update');
    await expect(rows.nth(3)).toContainText('Reward: create');
    await page.getByLabel('Action').click();
    await page.getByRole('option', { name: 'Reward: create' }).click();
    await expect(rows).toHaveCount(2);
    await expectAccessible(page, 'audit log filtered');
    await screenshot(page, 'audit-log-filtered');

    // the same view from its address; days in the program's time zone, an empty range says so
    await page.goto(`/audit-log?kind=reward&entity=${reward.id}&from=2099-01-01`);
    await expect(page.getByText('No entry matches these filters')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).not.toHaveURL(/entity=/);
  });

  test("shows a member's redemptions and cancels one; the ledger has no raw reason code", async ({
    page,
    request,
  }) => {
    const member = await createMember(request, 'redeem');
    const reward = await createReward(request, 'cap', { pointsCost: 100 });
    await api(
      request,
      `mutation($input: RedeemPointsInput!) { redeemPoints(input: $input) { userErrors { message } } }`,
      {
        input: { member: { id: member.id }, key: `e2e-${member.id}`, rewardId: reward.id },
      },
    );
    await page.goto(`/members/${member.id}`);
    await settled(page);
    const redemptions = page.getByRole('table', { name: 'Redemptions' });
    const row = redemptions.getByRole('row').filter({ hasText: reward.name });
    await expect(row).toContainText('100');
    await expect(row).toContainText('completed');
    // before the cancel: its toast fades in at a contrast axe flags mid-animation
    await expectAccessible(page, 'member redemptions');
    await row.getByRole('button', { name: `Cancel redemption of ${reward.name}` }).click();
    await page.getByRole('button', { name: 'Cancel redemption' }).click();
    await expect(page.getByText('Redemption cancelled; the points are back')).toBeVisible();
    await expect(row).toContainText('cancelled');
    await expect(page.getByTestId('balance-available')).toHaveText(member.available.toLocaleString('en-GB'));
    const ledger = page.getByRole('table', { name: 'Ledger' });
    await expect(ledger).toContainText('Redemption cancelled');
    await expect(ledger).toContainText('base points');
    expect(await ledger.innerText()).not.toMatch(RAW_CODE);
  });

  test('names the campaign a bonus came from, in words', async ({ page, request }) => {
    // a demo member whose newest entries hold a campaign bonus (the demo runs real campaigns)
    const found = await api<{
      members: {
        edges: {
          node: { id: string; ledger: { edges: { node: { campaign: { name: string } | null } }[] } };
        }[];
      };
    }>(
      request,
      `{ members(first: 100) { edges { node { id ledger(first: 20) { edges { node { campaign { name } } } } } } } }`,
    );
    const member = found.members.edges
      .map((e) => e.node)
      .find((m) => m.ledger.edges.some((e) => e.node.campaign));
    expect(member, 'a demo member with a campaign bonus').toBeDefined();
    const campaign = member!.ledger.edges.find((e) => e.node.campaign)!.node.campaign!.name;
    await page.goto(`/members/${member!.id}`);
    await settled(page);
    const ledger = page.getByRole('table', { name: 'Ledger' });
    const bonus = ledger.getByRole('row').filter({ hasText: 'Campaign bonus' }).first();
    await expect(bonus.getByRole('link', { name: campaign })).toBeVisible();
    await expect(bonus).toContainText(
      /campaign (points multiplier|fixed bonus|category multiplier|order threshold bonus|activity multiplier)/,
    );
    expect(await ledger.innerText()).not.toMatch(RAW_CODE);
    await screenshot(page, 'member-ledger-campaign');
  });
});
