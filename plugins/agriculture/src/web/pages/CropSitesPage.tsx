import { RegisterPage, type RegisterField } from "@pcmt/ui";
import { CropSiteFields } from "../../common";
import { useAgricultureApi } from "../api";

const fields: RegisterField[] = [
    { name: "locality", label: { vi: "Địa bàn (xã, thôn)", en: "Locality (commune, village)" }, kind: "text" },
    { name: "plant", label: { vi: "Loại cây", en: "Plant" }, kind: "select", options: [{ value: "cannabis", label: { vi: "Cần sa", en: "Cannabis" } }, { value: "opium_poppy", label: { vi: "Cây thuốc phiện", en: "Opium poppy" } }, { value: "coca", label: { vi: "Cây côca", en: "Coca" } }, { value: "other", label: { vi: "Khác", en: "Other" } }] },
    { name: "area_m2", label: { vi: "Diện tích (m²)", en: "Area (m²)" }, kind: "number" },
    { name: "discovered_on", label: { vi: "Ngày phát hiện", en: "Discovered on" }, kind: "date" },
    { name: "destroyed", label: { vi: "Đã phá bỏ", en: "Destroyed" }, kind: "boolean" },
];

/** The agency's register of điểm trồng cây có chứa chất ma túy: list, add, edit, remove. */
export default function CropSitesPage() {
  const api = useAgricultureApi();
  return (
    <RegisterPage
      title={{ vi: "Điểm trồng cây có chứa chất ma túy", en: "Drug crop sites" }}
      fields={fields}
      schema={CropSiteFields}
      procedures={api.cropSites}
    />
  );
}
