import { type TranslationKeys, ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

/**
 * How strong a password must be: long enough, and hard to guess by zxcvbn's estimate (score 0–4; 3 is "safely
 * unguessable" against an online attack with throttling and resists offline guessing for a good while), with the
 * user's own name, username and the product's words counted as known to the attacker.
 */
export const passwordPolicy = { minLength: 10, maxLength: 200, minScore: 3 } as const;

/** Words an attacker tries first on this product: Vietnamese password habits and its own vocabulary. */
const vietnameseWords = [
  "matkhau",
  "matkhaumoi",
  "anhyeuem",
  "emyeuanh",
  "yeuem",
  "toiyeuem",
  "vietnam",
  "hanoi",
  "saigon",
  "hochiminh",
  "danang",
  "nguyen",
  "tran",
  "phan",
  "hoang",
  "pham",
  "congan",
  "cahn",
  "yte",
  "soyte",
  "baocao",
  "matuy",
  "ma tuy",
  "phongchong",
  "phongchongmatuy",
  "khongmatuy",
  "pcmt",
  "bcd",
  "bandaochi",
  "thuongtruc",
  "quantri",
  "admin",
  "canbo",
  "xinchao",
  "chucmung",
  "ubnd",
  "tinh",
  "huyen",
  "xaphuong",
  "methadone",
  "caithien",
  "cainghien",
];

/** zxcvbn's feedback in Vietnamese (the library's keys; its own words are English). */
const vietnamese: TranslationKeys = {
  warnings: {
    straightRow: "Các phím liền nhau trên bàn phím rất dễ đoán.",
    keyPattern: "Các mẫu phím ngắn rất dễ đoán.",
    simpleRepeat: "Ký tự lặp lại như “aaa” rất dễ đoán.",
    extendedRepeat: "Chuỗi lặp lại như “abcabcabc” rất dễ đoán.",
    sequences: "Dãy như “abc” hay “123456” rất dễ đoán.",
    recentYears: "Các năm gần đây rất dễ đoán.",
    dates: "Ngày tháng rất dễ đoán.",
    topTen: "Đây là một trong những mật khẩu được dùng nhiều nhất.",
    topHundred: "Đây là mật khẩu được dùng rất phổ biến.",
    common: "Đây là mật khẩu phổ biến.",
    similarToCommon: "Mật khẩu này gần giống một mật khẩu phổ biến.",
    wordByItself: "Một từ đứng riêng rất dễ đoán.",
    namesByThemselves: "Tên riêng hoặc họ đứng riêng rất dễ đoán.",
    commonNames: "Họ và tên phổ biến rất dễ đoán.",
    userInputs: "Không dùng tên đăng nhập, họ tên hay từ ngữ của hệ thống trong mật khẩu.",
    pwned: "Mật khẩu này đã bị lộ trong các vụ rò rỉ dữ liệu trên mạng.",
  },
  suggestions: {
    l33t: "Tránh thay chữ bằng số dễ đoán như “@” cho “a”.",
    reverseWords: "Tránh viết ngược các từ thông dụng.",
    allUppercase: "Viết hoa một vài chữ, không phải tất cả.",
    capitalization: "Viết hoa cả những chữ khác, không chỉ chữ đầu.",
    dates: "Tránh ngày tháng và năm gắn với bạn.",
    recentYears: "Tránh các năm gần đây.",
    associatedYears: "Tránh các năm gắn với bạn.",
    sequences: "Tránh các dãy ký tự liên tiếp.",
    repeated: "Tránh lặp lại từ và ký tự.",
    longerKeyboardPattern: "Dùng mẫu bàn phím dài hơn và đổi hướng gõ nhiều lần.",
    anotherWord: "Thêm những từ ít gặp hơn.",
    useWords: "Dùng nhiều từ, nhưng tránh các câu quen thuộc.",
    noNeed: "Có thể tạo mật khẩu mạnh mà không cần ký hiệu, số hay chữ hoa.",
    pwned: "Nếu bạn dùng mật khẩu này ở nơi khác, hãy đổi nó.",
  },
  timeEstimation: {
    ltSecond: "dưới một giây",
    second: "{base} giây",
    seconds: "{base} giây",
    minute: "{base} phút",
    minutes: "{base} phút",
    hour: "{base} giờ",
    hours: "{base} giờ",
    day: "{base} ngày",
    days: "{base} ngày",
    month: "{base} tháng",
    months: "{base} tháng",
    year: "{base} năm",
    years: "{base} năm",
    centuries: "hàng thế kỷ",
  },
};

const estimator = new ZxcvbnFactory({
  translations: vietnamese,
  graphs: adjacencyGraphs,
  dictionary: { ...dictionary, "passwords-vi": vietnameseWords },
  useLevenshteinDistance: true,
});

export type PasswordVerdict = { ok: true; score: number } | { ok: false; score: number; message: string };

/** Whether a new password is strong enough, and if not, why and what to do, in Vietnamese. */
export function judgePassword(password: string, knownToAttacker: readonly string[] = []): PasswordVerdict {
  if (password.length < passwordPolicy.minLength)
    return { ok: false, score: 0, message: `Mật khẩu cần ít nhất ${passwordPolicy.minLength} ký tự.` };
  if (password.length > passwordPolicy.maxLength)
    return { ok: false, score: 0, message: `Mật khẩu dài tối đa ${passwordPolicy.maxLength} ký tự.` };
  const inputs = knownToAttacker.flatMap((text) => [text, ...text.split(/[\s._@-]+/)]).filter((t) => t.length >= 3);
  const result = estimator.check(password, inputs);
  if (result.score >= passwordPolicy.minScore) return { ok: true, score: result.score };
  const { warning, suggestions } = result.feedback;
  const advice = [warning, ...suggestions].filter(Boolean).join(" ");
  return {
    ok: false,
    score: result.score,
    message: `Mật khẩu quá dễ đoán.${advice ? ` ${advice}` : ""} Hãy dùng một câu dài gồm vài từ ít gặp.`,
  };
}
