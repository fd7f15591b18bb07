import type { Actor } from "@pcmt/domain";
import { createContext, useContext } from "react";

/** What the shell tells a plugin page about the session. */
export interface ShellState {
  actor: Actor;
  language: "vi" | "en";
}

export const ShellContext = createContext<ShellState | null>(null);

/** The signed-in user and UI language, for plugin pages. */
export function useShell(): ShellState {
  const state = useContext(ShellContext);
  if (!state) throw new Error("useShell must be used inside the PCMT shell");
  return state;
}
