import type { Page } from "playwright-core";

export const demoPassword = "demo-pcmt-2026";

/** Signs in through the sign-in page as a person would. */
export async function signIn(page: Page, url: string, username: string, password = demoPassword) {
  await page.goto(url);
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

/** Signs in and waits until the application shell is there. */
export async function signInAndWait(page: Page, url: string, username: string) {
  await signIn(page, url, username);
  await page.getByRole("button", { name: "Đăng xuất" }).waitFor();
}
