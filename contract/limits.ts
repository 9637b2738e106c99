/** Text limits the local server enforces and the dashboard checks before sending. */
export const limits = {
  nameMax: 100,
  backstoryMax: 20_000,
  voiceMax: 100,
  actionMax: 60,
  actionsMax: 50,
  languagesMax: 24,
  inputTextMax: 2_000,
  userTextMax: 4_000,
} as const;
