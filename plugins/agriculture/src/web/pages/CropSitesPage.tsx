import { RegisterPage } from "@pcmt/ui";
import { cropSitesRegister } from "../../common";
import { useAgricultureApi } from "../api";

/** The agency's register of điểm trồng cây có chứa chất ma túy: list, add, edit, remove. */
export default function CropSitesPage() {
  const api = useAgricultureApi();
  return <RegisterPage register={cropSitesRegister} procedures={api.cropSites} />;
}
