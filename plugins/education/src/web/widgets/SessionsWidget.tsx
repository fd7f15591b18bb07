import { CountWidget } from "@pcmt/ui";
import { useEducationApi } from "../api";

/** Console widget: how many buổi tuyên truyền are on record in the province. */
export default function SessionsWidget() {
  const api = useEducationApi();
  return <CountWidget query={api.sessions.count.queryOptions()} unit={{ vi: "bản ghi", en: "records" }} />;
}
