import { agencyName, type AgencyCode } from "@pcmt/domain";

/** What a new plugin is made of: its id, the agency it serves, and the register it starts with. */
export interface PluginSpec {
  /** The plugin's id: lower case, digits and "_" ("border_guard"); its folder, table prefix and namespace. */
  id: string;
  agency: AgencyCode;
  /** The register's name in the API ("seizures"). */
  register: string;
}

const camel = (s: string) => s.replace(/[_-]([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (s: string) => camel(s).charAt(0).toUpperCase() + camel(s).slice(1);
const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

/**
 * The files of a new plugin, path → content, following plugins/police: a manifest, a register (fields shared by
 * the form and the procedure, its migration, its router), a page and a console widget, the contract check and an
 * API test on both engines, a README. Every text a person reads is a { vi, en } pair.
 */
export function pluginFiles(spec: PluginSpec): Record<string, string> {
  const { id, agency, register } = spec;
  const name = camel(id);
  const Name = pascal(id);
  const Register = pascal(register);
  const table = `${id}_${snake(register)}`;
  const widget = snake(register).replace(/_/g, "-");
  const agencyVi = agencyName(agency, "vi");
  const agencyEn = agencyName(agency, "en");
  return {
    "package.json": `${JSON.stringify(
      {
        name: `@pcmt/plugin-${id.replace(/_/g, "-")}`,
        private: true,
        version: "1.0.0",
        type: "module",
        exports: {
          "./server": "./src/server/index.ts",
          "./web": "./src/web/index.tsx",
          "./common": "./src/common/index.ts",
        },
        scripts: { typecheck: "tsc -p tsconfig.json", lint: "eslint .", test: "vitest run" },
        dependencies: {
          "@pcmt/domain": "workspace:*",
          "@pcmt/plugin-sdk": "workspace:*",
          "@pcmt/ui": "workspace:*",
          "@tabler/icons-react": "catalog:",
          react: "catalog:",
          zod: "catalog:",
        },
        devDependencies: {
          "@pcmt/eslint-config": "workspace:*",
          "@pcmt/testing": "workspace:*",
          "@pcmt/tsconfig": "workspace:*",
          "@types/node": "catalog:",
          "@types/react": "catalog:",
          eslint: "catalog:",
          typescript: "catalog:",
          vitest: "catalog:",
        },
      },
      null,
      2,
    )}\n`,
    "tsconfig.json": `{ "extends": "@pcmt/tsconfig/react.json", "include": ["src", "*.config.ts"] }\n`,
    "eslint.config.js": `export { default } from "@pcmt/eslint-config/plugin";\n`,
    "vitest.config.ts": `export { default } from "@pcmt/testing/vitest";\n`,
    "README.md": `# Plugin ${id}\n\nThe module of ${agencyEn} (${agencyVi}): its register \`${register}\` (table \`${table}\`), a page for its officers\nand a console widget. Made by \`pnpm pcmt create-plugin\`; see [docs/plugins.md](../../docs/plugins.md) to change\nthe register's fields (common/${Register}.ts and its migration; the contract test checks they agree) and to add\nprocedures.\n`,
    "src/common/index.ts": `export * from "./${Register}";\n`,
    [`src/common/${Register}.ts`]: `import { defineRegister, field } from "@pcmt/plugin-sdk/register";

/**
 * The register, declared once: its fields (labels, kinds, constraints, columns) give the validation of the form and
 * the procedure, the page's columns and form, and the columns the migration must make (checked by plugin.test.ts).
 */
export const ${camel(register)}Register = defineRegister({
  table: "${table}",
  agencies: ["${agency}"],
  title: { vi: "Sổ ${register}", en: "${Register}" },
  entity: { vi: "bản ghi ${register}", en: "${register} record" },
  orderBy: "name",
  fields: {
    name: field.text({ vi: "Tên", en: "Name" }, { max: 300 }),
    locality: field.text({ vi: "Địa bàn (xã, phường)", en: "Locality (commune, ward)" }, { max: 200 }),
    recorded_on: field.date({ vi: "Ngày ghi nhận", en: "Recorded on" }),
  },
});
`,
    "src/server/index.ts": `import { definePlugin } from "@pcmt/plugin-sdk";
import { ${camel(register)}Register } from "../common";
import { migrations } from "./migrations";
import { ${name}Router } from "./router";

export const ${name}Plugin = definePlugin({
  id: "${id}",
  version: "1.0.0",
  displayName: { vi: ${JSON.stringify(agencyVi)}, en: ${JSON.stringify(agencyEn)} },
  agencies: ["${agency}"],
  catalog: [],
  migrations,
  registers: [${camel(register)}Register],
  router: ${name}Router,
  consoleWidgets: [{ id: "${widget}", title: { vi: "Sổ ${register}", en: "${Register}" } }],
});

export type { ${Name}Router } from "./router";

export default ${name}Plugin;
`,
    "src/server/router.ts": `import { createRegisterRouter, createRouter } from "@pcmt/plugin-sdk";
import { ${camel(register)}Register } from "../common";

export const ${name}Router = createRouter({
  ${camel(register)}: createRegisterRouter(${camel(register)}Register),
});

export type ${Name}Router = typeof ${name}Router;
`,
    "src/server/migrations/index.ts": `import type { MigrationSet } from "@pcmt/plugin-sdk";
import * as m0001 from "./0001_${snake(register)}";

/** This plugin's migrations, in order; history kept in ${id}_migrations. */
export const migrations: MigrationSet = {
  "0001_${snake(register)}": m0001,
};
`,
    [`src/server/migrations/0001_${snake(register)}.ts`]: `import { createRegisterTable, type Kysely } from "@pcmt/plugin-sdk";

export async function up(db: Kysely<unknown>): Promise<void> {
  await createRegisterTable(db, "${table}", (table) =>
    table.addColumn("name", "text", (c) => c.notNull()).addColumn("locality", "text", (c) => c.notNull()).addColumn("recorded_on", "date", (c) => c.notNull()),
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("${table}").execute();
}
`,
    "src/server/plugin.test.ts": `import { checkPluginContract } from "@pcmt/plugin-sdk/testing";
import { ${name}Plugin } from "./index";

checkPluginContract(${name}Plugin);
`,
    "src/server/router.test.ts": `import { createPluginTestHarness } from "@pcmt/plugin-sdk/testing";
import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ${name}Plugin } from "./index";

const sample = { name: "Mẫu", locality: "Phường Gia Sàng", recorded_on: "2026-03-12" };

describe.each(testEngines)("${id} plugin on %s", (engine) => {
  let harness: Awaited<ReturnType<typeof createPluginTestHarness<typeof ${name}Plugin.router>>>;
  beforeAll(async () => {
    harness = await createPluginTestHarness(${name}Plugin, { engine });
  });
  afterAll(() => harness.close());

  it("lets its officer keep the register; another agency's officer cannot write in it", async () => {
    const officer = harness.as({ role: "agency_officer", agencyCode: "${agency}" });
    const created = await officer.${camel(register)}.create(sample);
    expect(created).toMatchObject({ ...sample, agencyCode: "${agency}", version: 1 });
    expect(await officer.${camel(register)}.count()).toBe(1);
    await expect(harness.as({ role: "agency_officer", agencyCode: "${agency === "health" ? "police" : "health"}" }).${camel(register)}.create(sample)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
`,
    "src/web/api.ts": `import { createPluginApi } from "@pcmt/plugin-sdk/web";
import type { ${Name}Router } from "../server/router";

export const { usePluginApi: use${Name}Api } = createPluginApi<${Name}Router>("${id}");
`,
    "src/web/index.tsx": `import { defineWebPlugin } from "@pcmt/plugin-sdk/web";
import { IconNotebook } from "@tabler/icons-react";
import { lazy } from "react";

export const ${name}WebPlugin = defineWebPlugin({
  id: "${id}",
  navigation: [{ path: "", label: { vi: "Sổ ${register}", en: "${Register}" }, icon: IconNotebook }],
  routes: [{ path: "", component: lazy(() => import("./pages/${Register}Page")) }],
  consoleWidgets: { ${JSON.stringify(widget)}: lazy(() => import("./widgets/${Register}Widget")) },
});

export default ${name}WebPlugin;
`,
    [`src/web/pages/${Register}Page.tsx`]: `import { RegisterPage } from "@pcmt/ui";
import { ${camel(register)}Register } from "../../common";
import { use${Name}Api } from "../api";

/** The register of ${agencyEn}: list, add, edit, remove (its columns and form come from the register's declaration). */
export default function ${Register}Page() {
  const api = use${Name}Api();
  return <RegisterPage register={${camel(register)}Register} procedures={api.${camel(register)}} />;
}
`,
    [`src/web/widgets/${Register}Widget.tsx`]: `import { CountWidget } from "@pcmt/ui";
import { use${Name}Api } from "../api";

/** Console widget: how many rows the register holds in the province. */
export default function ${Register}Widget() {
  const api = use${Name}Api();
  return <CountWidget query={api.${camel(register)}.count.queryOptions()} unit={{ vi: "bản ghi", en: "records" }} />;
}
`,
  };
}
