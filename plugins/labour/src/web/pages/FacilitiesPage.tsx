import { RegisterPage, type RegisterField } from "@pcmt/ui";
import { RehabFacilityFields } from "../../common";
import { useLabourApi } from "../api";

const fields: RegisterField[] = [
    { name: "name", label: { vi: "Tên cơ sở", en: "Facility name" }, kind: "text" },
    { name: "ownership", label: { vi: "Loại hình", en: "Ownership" }, kind: "select", options: [{ value: "public", label: { vi: "Công lập", en: "Public" } }, { value: "private", label: { vi: "Ngoài công lập", en: "Private" } }] },
    { name: "capacity", label: { vi: "Quy mô tiếp nhận (người)", en: "Capacity (people)" }, kind: "number" },
    { name: "residents", label: { vi: "Đang quản lý (người)", en: "Residents (people)" }, kind: "number" },
];

/** The agency's register of cơ sở cai nghiện ma túy: list, add, edit, remove. */
export default function FacilitiesPage() {
  const api = useLabourApi();
  return (
    <RegisterPage
      title={{ vi: "Cơ sở cai nghiện ma túy", en: "Drug rehabilitation facilities" }}
      fields={fields}
      schema={RehabFacilityFields}
      procedures={api.facilities}
    />
  );
}
