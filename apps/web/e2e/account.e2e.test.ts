import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/launchChromium";
import { signIn, signInAndWait } from "./support/signIn";
import { type RunningServer, startServer } from "./support/startServer";

/** Accounts as an administrator and a new committee member live them: a first password, a forced change, sessions. */
describe("accounts and passwords in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  const firstPassword = "Mật khẩu tạm cấp ngày 1/12";
  const ownPassword = "hoa sen nở giữa hồ Tây";

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("an administrator cannot give a guessable first password, and creates the account with a strong one", async () => {
    const page = await browser.newPage();
    await signInAndWait(page, server.url, "admin");
    await page.goto(`${server.url}/admin/users`);
    await page.getByRole("button", { name: "Thêm người dùng" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Tên đăng nhập").fill("thanhvien.moi");
    await dialog.getByLabel("Họ tên").fill("Nguyễn Thành Viên");
    await dialog.getByLabel("Mật khẩu ban đầu").fill("1234567890");
    await dialog.getByLabel("Vai trò").click();
    await page.getByRole("option", { name: "Ban Chỉ đạo" }).click();
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await dialog.getByText("Mật khẩu quá dễ đoán").waitFor();
    await dialog.getByLabel("Mật khẩu ban đầu").fill(firstPassword);
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await page.getByRole("cell", { name: "thanhvien.moi" }).waitFor();
    const row = page.getByRole("row", { name: /thanhvien\.moi/ });
    await expect(row.getByText("Chờ đổi mật khẩu").isVisible()).resolves.toBe(true);
    await page.close();
  });

  it("the new member must choose their own password before anything else, then sees their sessions and signs out elsewhere", async () => {
    const elsewhere = await browser.newContext();
    const here = await browser.newContext();
    const other = await elsewhere.newPage();
    await signIn(other, server.url, "thanhvien.moi", firstPassword);
    await other.getByRole("heading", { name: "Đổi mật khẩu trước khi tiếp tục" }).waitFor();

    const page = await here.newPage();
    await signIn(page, server.url, "thanhvien.moi", firstPassword);
    await page.getByRole("heading", { name: "Đổi mật khẩu trước khi tiếp tục" }).waitFor();
    await page.getByLabel("Mật khẩu hiện tại").fill(firstPassword);
    await page.getByLabel(/^Mật khẩu mới/).fill("thanhvien.moi2026");
    await page.getByLabel("Nhập lại mật khẩu mới").fill("thanhvien.moi2026");
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await expect(page.getByTestId("password-error").textContent()).resolves.toContain("Không dùng tên đăng nhập");
    await page.getByLabel(/^Mật khẩu mới/).fill(ownPassword);
    await page.getByLabel("Nhập lại mật khẩu mới").fill(ownPassword);
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
    // The application opens; the other browser's session ended with the change.
    await page.getByTestId("signed-in-user").waitFor();
    await other.reload();
    await other.getByRole("button", { name: "Đăng nhập" }).waitFor();

    // Signed in again elsewhere, then signed out from here.
    await signIn(other, server.url, "thanhvien.moi", ownPassword);
    await other.getByTestId("signed-in-user").waitFor();
    await page.goto(`${server.url}/account`);
    await page.getByRole("heading", { name: "Tài khoản của tôi" }).waitFor();
    const sessions = page.getByTestId("session-list");
    await sessions.getByText("Phiên này").waitFor();
    await expect(sessions.locator("tbody tr").count()).resolves.toBe(2);
    await page.getByRole("button", { name: /Đăng xuất khỏi các nơi khác/ }).click();
    await page.getByText("Không có phiên nào khác.").waitFor();
    await other.reload();
    await other.getByRole("button", { name: "Đăng nhập" }).waitFor();
    await elsewhere.close();
    await here.close();
  });

  it("the administrator finds the account, sees its last sign-in, edits it and locks it with a reason", async () => {
    const page = await browser.newPage();
    await signInAndWait(page, server.url, "admin");
    await page.goto(`${server.url}/admin/users`);
    await page.getByLabel("Tìm theo tên, tên đăng nhập, cơ quan, tỉnh…").fill("thanhvien.moi");
    const row = page.getByRole("row", { name: /thanhvien\.moi/ });
    await row.waitFor();
    await expect(page.locator("tbody tr").count()).resolves.toBe(1);
    await expect(row.getByText("Chưa đăng nhập").count()).resolves.toBe(0);
    await row.getByRole("button", { name: "Sửa" }).click();
    const edit = page.getByRole("dialog");
    await edit.getByLabel("Họ tên").fill("Nguyễn Thành Viên (Ban Chỉ đạo)");
    await edit.getByRole("button", { name: "Lưu" }).click();
    await page.getByRole("cell", { name: "Nguyễn Thành Viên (Ban Chỉ đạo)" }).waitFor();
    await row.getByRole("button", { name: "Khóa" }).click();
    const lock = page.getByRole("dialog");
    await lock.getByRole("button", { name: "Khóa" }).click();
    await lock.getByText("Nêu lý do khóa tài khoản").waitFor();
    await lock.getByLabel("Lý do khóa").fill("Đã nghỉ hưu từ 1/12/2026");
    await lock.getByRole("button", { name: "Khóa" }).click();
    await row.getByText("Đã khóa").waitFor();
    await page.close();
  });
});
