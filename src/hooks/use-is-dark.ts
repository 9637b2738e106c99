import { useSyncExternalStore } from 'react';
import { isDark, subscribeToTheme } from '@/lib/theme';

/** Whether the page is in the dark theme now, for what draws its own colours (toasts, the graph). */
export function useIsDark(): boolean {
  return useSyncExternalStore(subscribeToTheme, isDark);
}
