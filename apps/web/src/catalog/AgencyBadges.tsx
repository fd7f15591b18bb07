import { Badge, Group, Tooltip } from "@mantine/core";
import { agencyName, isAgencyCode } from "@pcmt/domain";
import { useLanguage, useTranslation } from "@pcmt/ui";
import { Link } from "react-router";

/** Agencies as badges linking to their pages; leads filled, coordinators outlined. */
export function AgencyBadges({ codes, variant }: { codes: string[]; variant: "lead" | "coordinating" }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (codes.length === 0) return null;
  return (
    <Group gap={4}>
      {codes.map((code) => (
        <Tooltip
          key={code}
          label={variant === "lead" ? t("catalogPages.leadBadge") : t("catalogPages.coordinatingBadge")}
        >
          <Badge
            component={Link}
            to={`/agencies/${code}`}
            variant={variant === "lead" ? "filled" : "outline"}
            color={variant === "lead" ? "red" : "gray"}
            style={{ cursor: "pointer", textTransform: "none" }}
          >
            {isAgencyCode(code) ? agencyName(code, language) : code}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
