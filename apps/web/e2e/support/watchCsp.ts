import type { Page } from "playwright-core";

/**
 * Collects what the browser reports as Content-Security-Policy violations on a page ("Refused to … because it
 * violates the following Content Security Policy directive"), so a test can assert the app runs under the policy.
 */
export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
