import { defineStrings } from "./defineStrings";

/** Strings of the shell's own pages: sign-in, layout, accounts, users, uploads, registers (Vietnamese first; the English has every key, checked by the type). */
export const shellPages = defineStrings(
  {
    upload: {
      sending: "Đang gửi tệp… {{percent}}%",
      reading: "Đang đọc, kiểm tra và lưu tệp…",
    },
  },
  {
    upload: {
      sending: "Sending the file… {{percent}}%",
      reading: "Reading, checking and saving the file…",
    },
  },
);
