import { RegisterPage, type RegisterField } from "@pcmt/ui";
import { AwarenessSessionFields } from "../../common";
import { useEducationApi } from "../api";

const fields: RegisterField[] = [
    { name: "school", label: { vi: "Trường", en: "School" }, kind: "text" },
    { name: "topic", label: { vi: "Chủ đề", en: "Topic" }, kind: "text" },
    { name: "held_on", label: { vi: "Ngày tổ chức", en: "Held on" }, kind: "date" },
    { name: "participants", label: { vi: "Số người tham dự", en: "Participants" }, kind: "number" },
];

/** The agency's register of buổi tuyên truyền: list, add, edit, remove. */
export default function SessionsPage() {
  const api = useEducationApi();
  return (
    <RegisterPage
      title={{ vi: "Buổi tuyên truyền trong trường học", en: "School awareness sessions" }}
      fields={fields}
      schema={AwarenessSessionFields}
      procedures={api.sessions}
    />
  );
}
