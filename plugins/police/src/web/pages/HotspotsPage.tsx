import { RegisterPage, type RegisterField } from "@pcmt/ui";
import { DrugHotspotFields } from "../../common";
import { usePoliceApi } from "../api";

const fields: RegisterField[] = [
    { name: "name", label: { vi: "Tên điểm, tụ điểm", en: "Hotspot name" }, kind: "text" },
    { name: "locality", label: { vi: "Địa bàn (xã, phường)", en: "Locality (commune, ward)" }, kind: "text" },
    { name: "status", label: { vi: "Trạng thái", en: "Status" }, kind: "select", options: [{ value: "active", label: { vi: "Đang hoạt động", en: "Active" } }, { value: "eliminated", label: { vi: "Đã triệt xóa", en: "Dismantled" } }] },
    { name: "discovered_on", label: { vi: "Ngày phát hiện", en: "Discovered on" }, kind: "date" },
];

/** The agency's register of điểm, tụ điểm phức tạp về ma túy: list, add, edit, remove. */
export default function HotspotsPage() {
  const api = usePoliceApi();
  return (
    <RegisterPage
      title={{ vi: "Điểm, tụ điểm phức tạp về ma túy", en: "Drug hotspots" }}
      fields={fields}
      schema={DrugHotspotFields}
      procedures={api.hotspots}
    />
  );
}
