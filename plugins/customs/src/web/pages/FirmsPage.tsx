import { RegisterPage } from "@pcmt/ui";
import { firmsRegister } from "../../common";
import { useCustomsApi } from "../api";

/** The agency's register of doanh nghiệp kinh doanh tiền chất: list, add, edit, remove. */
export default function FirmsPage() {
  const api = useCustomsApi();
  return <RegisterPage register={firmsRegister} procedures={api.firms} />;
}
