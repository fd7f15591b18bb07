import { RegisterPage } from "@pcmt/ui";
import { hotspotsRegister } from "../../common";
import { usePoliceApi } from "../api";

/** The agency's register of điểm, tụ điểm phức tạp về ma túy: list, add, edit, remove. */
export default function HotspotsPage() {
  const api = usePoliceApi();
  return <RegisterPage register={hotspotsRegister} procedures={api.hotspots} />;
}
