import { defineStrings } from "./defineStrings";

/** Strings of the shell's own pages: sign-in, layout, accounts, users, uploads, registers (Vietnamese first; the English has every key, checked by the type). */
export const shellPages = defineStrings(
  {
    pluginWithoutWeb:
      "Phân hệ “{{id}}” đang bật trên máy chủ nhưng bản giao diện này không có nó. Hãy cài cùng một phiên bản cho máy chủ và giao diện.",
    upload: {
      sending: "Đang gửi tệp… {{percent}}%",
      reading: "Đang đọc, kiểm tra và lưu tệp…",
    },
  },
  {
    pluginWithoutWeb:
      "The module “{{id}}” is enabled on the server but this web build does not have it. Install the same version of the server and the web app.",
    upload: {
      sending: "Sending the file… {{percent}}%",
      reading: "Reading, checking and saving the file…",
    },
  },
);
