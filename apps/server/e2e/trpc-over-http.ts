import type { Page } from "playwright-core";

/**
 * Reads a query through the page's own cookies, the way the app does, so a test can compare
 * what the page shows with what the API says about the signed-in person.
 */
export async function queryAsPage<T>(page: Page, baseUrl: string, path: string): Promise<T> {
  const response = await page.request.get(`${baseUrl}/trpc/${path}`);
  if (!response.ok())
    throw new Error(`${path} answered ${response.status()}: ${await response.text()}`);
  const body = (await response.json()) as { result: { data: { json: T } } };
  return body.result.data.json;
}
