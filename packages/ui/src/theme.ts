import { createTheme } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "red",
  fontFamily: "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  defaultRadius: "sm",
});
