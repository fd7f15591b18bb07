import { RegisterPage } from "@pcmt/ui";
import { facilitiesRegister } from "../../common";
import { useLabourApi } from "../api";

/** The agency's register of cơ sở cai nghiện ma túy: list, add, edit, remove. */
export default function FacilitiesPage() {
  const api = useLabourApi();
  return <RegisterPage register={facilitiesRegister} procedures={api.facilities} />;
}
