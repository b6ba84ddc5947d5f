import type { Page } from "playwright-core";

/**
 * Full-page screenshots of `page` at desktop (1280) and phone (390) width, as
 * `<folder>/<name>-<width>.png`, for a person to look at; nothing when no folder is set (the
 * tests read it from an environment variable). The page is left at `viewport` afterwards.
 */
export async function screenshotAtBothWidths(
  page: Page,
  name: string,
  options: { folder: string | undefined; viewport?: { width: number; height: number } },
): Promise<void> {
  const { folder, viewport = { width: 1280, height: 720 } } = options;
  if (!folder) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${folder}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize(viewport);
}
