import { Select } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import { agencies, roleLabels, roles } from "@pcmt/domain";
import { useLanguage, useTranslation } from "@pcmt/ui";
import { useProvinceOptions } from "../places/useProvinceOptions";

type ScopeField = "role" | "agencyCode" | "provinceCode";

/** What an account may see: its role, its agency and its province (none: national) — in the create and edit forms. */
export function AccountScopeFields({ inputProps }: { inputProps: (field: ScopeField) => GetInputPropsReturnType }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const provinceOptions = useProvinceOptions();
  return (
    <>
      <Select
        label={t("users.role")}
        data={roles.map((r) => ({ value: r, label: roleLabels[r][language] }))}
        allowDeselect={false}
        {...inputProps("role")}
      />
      <Select
        label={t("users.agency")}
        clearable
        searchable
        data={agencies.map((a) => ({ value: a.code, label: language === "vi" ? a.nameVi : a.nameEn }))}
        {...inputProps("agencyCode")}
      />
      {/* Province names are place names: data, kept from translation. */}
      <Select
        label={t("users.province")}
        clearable
        searchable
        data={provinceOptions}
        placeholder={t("users.national")}
        renderOption={({ option }) => <span translate="no">{option.label}</span>}
        translate="no"
        {...inputProps("provinceCode")}
      />
    </>
  );
}
