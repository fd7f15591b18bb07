import { useCallback, useState } from "react";

/** Keeps a value's earlier states so that Ctrl+Z / Ctrl+Y can walk back and forth (at most `limit` steps). */
export function useUndoableState<T>(initial: T, limit = 200) {
  const [state, setState] = useState<{ past: T[]; present: T; future: T[] }>({
    past: [],
    present: initial,
    future: [],
  });
  const set = useCallback(
    (next: T) => setState((s) => ({ past: [...s.past, s.present].slice(-limit), present: next, future: [] })),
    [limit],
  );
  const undo = useCallback(
    () =>
      setState((s) =>
        s.past.length === 0
          ? s
          : { past: s.past.slice(0, -1), present: s.past[s.past.length - 1] as T, future: [s.present, ...s.future] },
      ),
    [],
  );
  const redo = useCallback(
    () =>
      setState((s) =>
        s.future.length === 0
          ? s
          : { past: [...s.past, s.present], present: s.future[0] as T, future: s.future.slice(1) },
      ),
    [],
  );
  /** Starts over from a value the server gave (after loading or saving): nothing to undo. */
  const reset = useCallback((value: T) => setState({ past: [], present: value, future: [] }), []);
  return {
    value: state.present,
    set,
    undo,
    redo,
    reset,
    canUndo: state.past.length > 0,
    canRedo: state.future.length > 0,
  };
}
