import { Select } from "@mantine/core";
import { useShell, useTranslation } from "@pcmt/ui";
import { useState } from "react";

const everyProvince = "*";

/**
 * Rows of several provinces (documents, targets): the user's own province first and alone, until they choose
 * another or every province; returns the rows shown and the province select.
 */
export function useProvinceChoice<T extends { provinceCode: string | null; province: string }>(
  all: readonly T[],
  testId: string,
) {
  const { t } = useTranslation();
  const { actor } = useShell();
  const [chosen, setChosen] = useState<string | null>(null);
  const provinces = [
    ...new Map(all.filter((d) => d.provinceCode).map((d) => [d.provinceCode!, d.province])).entries(),
  ].sort(([, a], [, b]) => a.localeCompare(b, "vi"));
  const own =
    actor.provinceCode && provinces.some(([code]) => code === actor.provinceCode) ? actor.provinceCode : everyProvince;
  const province = chosen ?? own;
  const shown = province === everyProvince ? all : all.filter((d) => d.provinceCode === province);
  const names = new Map(provinces);
  const select = (
    <Select
      label={t("catalogPages.documents.province")}
      data={[
        { value: everyProvince, label: t("catalogPages.documents.everyProvince") },
        ...provinces.map(([code, name]) => ({
          value: code,
          label: code === actor.provinceCode ? `${name} ${t("catalogPages.documents.myProvince")}` : name,
        })),
      ]}
      // Province names are names: as written, with "(my province)" in the reader's language.
      renderOption={({ option }) =>
        option.value === everyProvince ? (
          option.label
        ) : (
          <span>
            <span translate="no">{names.get(option.value) ?? option.label}</span>
            {option.value === actor.provinceCode ? ` ${t("catalogPages.documents.myProvince")}` : ""}
          </span>
        )
      }
      value={province}
      onChange={(value) => setChosen(value ?? everyProvince)}
      allowDeselect={false}
      w={280}
      data-testid={testId}
    />
  );
  return { shown, select };
}
