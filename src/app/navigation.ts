import { ChartNoAxesColumn, Library, Settings, Sparkles, Trash2, Users } from 'lucide-react';
import { paths } from '@/config/paths';

/** The app's main pages: the shell's navigation, and the pages the command palette offers. */
export const navigation = [
  { label: 'Characters', to: paths.characters.list(), icon: Users },
  { label: 'Knowledge bank', to: paths.knowledge(), icon: Library },
  { label: 'Backstory generator', to: paths.backstory(), icon: Sparkles },
  { label: 'Insights', to: paths.insights(), icon: ChartNoAxesColumn },
  { label: 'Trash', to: paths.trash(), icon: Trash2 },
  { label: 'Settings', to: paths.settings(), icon: Settings },
];
