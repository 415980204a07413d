import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN_SECRET, API_URL, SCREENSHOT_DIR } from './env';

/** A request to the API with the bootstrap secret: how tests create their own data. */
export async function api<T = Record<string, unknown>>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await request.post(API_URL, {
    headers: { authorization: `Bearer ${ADMIN_SECRET}`, 'content-type': 'application/json' },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`API: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

let counter = 0;
/** A member of this test alone, with one purchase so that it has a ledger and a lot. */
export async function createMember(request: APIRequestContext, label: string) {
  const unique = `${label}-${Date.now().toString(36)}-${process.pid}-${counter++}`;
  const externalId = `e2e-${unique}`;
  const email = `${unique}@e2e.example.com`;
  const enrolled = await api<{ enrollMember: { member: { id: string } } }>(
    request,
    `mutation($input: EnrollMemberInput!) { enrollMember(input: $input) { member { id } userErrors { message } } }`,
    { input: { externalId, email, name: `E2E ${label}` } },
  );
  const id = enrolled.enrollMember.member.id;
  await api(
    request,
    `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { pointsAwarded userErrors { message } } }`,
    { input: { member: { id }, orderId: `order-${unique}`, amountMinor: 32000 } },
  );
  const read = await api<{ member: { balance: { available: number } } }>(
    request,
    `query($id: ID!) { member(ref: { id: $id }) { balance { available } } }`,
    { id },
  );
  return { id, externalId, email, available: read.member.balance.available };
}

/** axe on the page as it is: no serious or critical violation. */
export async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
    `axe on ${name}`,
  ).toEqual([]);
}

export async function screenshot(page: Page, name: string, fullPage = true) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

/** Waits until no skeleton (loading state) is left on the page. */
export async function settled(page: Page) {
  // a page's chart code arrives after its data; on a loaded two-core machine that takes a while
  await expect(page.locator('[data-slot="skeleton"]')).toHaveCount(0, { timeout: 30_000 });
}
