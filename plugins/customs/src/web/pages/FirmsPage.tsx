import { RegisterPage, type RegisterField } from "@pcmt/ui";
import { PrecursorFirmFields } from "../../common";
import { useCustomsApi } from "../api";

const fields: RegisterField[] = [
    { name: "name", label: { vi: "Tên doanh nghiệp", en: "Business name" }, kind: "text" },
    { name: "tax_code", label: { vi: "Mã số thuế", en: "Tax code" }, kind: "text" },
    { name: "precursors", label: { vi: "Tiền chất kinh doanh", en: "Precursors handled" }, kind: "text" },
    { name: "last_inspected_on", label: { vi: "Ngày kiểm tra gần nhất", en: "Last inspected on" }, kind: "date" },
];

/** The agency's register of doanh nghiệp kinh doanh tiền chất: list, add, edit, remove. */
export default function FirmsPage() {
  const api = useCustomsApi();
  return (
    <RegisterPage
      title={{ vi: "Doanh nghiệp kinh doanh tiền chất", en: "Precursor businesses" }}
      fields={fields}
      schema={PrecursorFirmFields}
      procedures={api.firms}
    />
  );
}
