import { RegisterPage } from "@pcmt/ui";
import { clinicsRegister } from "../../common";
import { useHealthApi } from "../api";

/** The agency's register of cơ sở điều trị Methadone: list, add, edit, remove. */
export default function ClinicsPage() {
  const api = useHealthApi();
  return <RegisterPage register={clinicsRegister} procedures={api.clinics} />;
}
