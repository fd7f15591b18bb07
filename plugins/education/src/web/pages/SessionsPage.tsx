import { RegisterPage } from "@pcmt/ui";
import { sessionsRegister } from "../../common";
import { useEducationApi } from "../api";

/** The agency's register of buổi tuyên truyền: list, add, edit, remove. */
export default function SessionsPage() {
  const api = useEducationApi();
  return <RegisterPage register={sessionsRegister} procedures={api.sessions} />;
}
