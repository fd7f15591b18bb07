import { RegisterPage, type RegisterField } from "@pcmt/ui";
import { MethadoneClinicFields } from "../../common";
import { useHealthApi } from "../api";

const fields: RegisterField[] = [
    { name: "name", label: { vi: "Tên cơ sở", en: "Clinic name" }, kind: "text" },
    { name: "address", label: { vi: "Địa chỉ", en: "Address" }, kind: "text" },
    { name: "capacity", label: { vi: "Công suất (người)", en: "Capacity (patients)" }, kind: "number" },
    { name: "patients", label: { vi: "Đang điều trị (người)", en: "In treatment (patients)" }, kind: "number" },
];

/** The agency's register of cơ sở điều trị Methadone: list, add, edit, remove. */
export default function ClinicsPage() {
  const api = useHealthApi();
  return (
    <RegisterPage
      title={{ vi: "Cơ sở điều trị Methadone", en: "Methadone clinics" }}
      fields={fields}
      schema={MethadoneClinicFields}
      procedures={api.clinics}
    />
  );
}
