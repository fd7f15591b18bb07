// One formatting for the whole repository, checked by lint (tooling/eslint) and applied by `pnpm format`.
export default {
  printWidth: 120,
};
