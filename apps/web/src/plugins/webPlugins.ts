/**
 * The web entries of the installed plugins, imported lazily (the one list, generated with the server's in
 * @pcmt/installed-plugins): the shell loads only the entries of the enabled plugins the user may see, and each
 * entry loads its pages only when they are opened.
 */
export { webPlugins } from "@pcmt/installed-plugins/web";
