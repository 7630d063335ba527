import type { Page } from 'playwright-core';

/** The fixture's reply editor to click into; a textarea that CKEditor 4 replaced (RT) is reached through its frame. */
export async function replyEditor(page: Page, selector: string) {
  const ck4 = await page.evaluate(() => 'CKEDITOR' in window);
  if (ck4) await page.waitForSelector('iframe.cke_wysiwyg_frame', { timeout: 10_000 });
  return ck4 ? page.frameLocator('iframe.cke_wysiwyg_frame').locator('body') : page.locator(selector).first();
}

/** Types at the end of the fixture's reply editor. */
export async function typeInto(page: Page, selector: string, text: string) {
  await (await replyEditor(page, selector)).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 4 });
}
