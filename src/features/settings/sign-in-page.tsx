import { useMutation, useQueryClient } from '@tanstack/react-query';
import { KeyRound } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { signIn } from '@/api/status';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

/** Asks once for the dashboard's access token; the browser keeps it (in a cookie scripts cannot read). */
export function SignInPage() {
  const queryClient = useQueryClient();
  const [token, setToken] = useState('');
  const attempt = useMutation({
    mutationFn: signIn,
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim()) attempt.mutate(token.trim());
  };
  return (
    <div className="flex flex-1 items-center justify-center px-4 py-16">
      <form onSubmit={submit} className="w-full max-w-sm space-y-4 rounded-xl bg-surface p-6 shadow-sm ring-1 ring-zinc-950/5">
        <div className="flex items-center gap-2">
          <KeyRound aria-hidden className="size-5 text-brand-600" />
          <h1 className="text-lg font-semibold">Access token</h1>
        </div>
        <p className="text-sm text-zinc-600">
          This dashboard is shared beyond its own machine, so it asks for the token it was started with (DASHBOARD_TOKEN). You enter it once
          on this browser.
        </p>
        <Field label="Token" error={attempt.error?.message}>
          {(control) => (
            <Input
              {...control}
              type="password"
              autoComplete="current-password"
              value={token}
              onChange={(event) => setToken(event.target.value)}
              // eslint-disable-next-line jsx-a11y/no-autofocus -- the page exists only to take this token: the field is where everyone starts
              autoFocus
            />
          )}
        </Field>
        <Button type="submit" variant="primary" className="w-full justify-center" disabled={!token.trim() || attempt.isPending}>
          {attempt.isPending ? 'Checking…' : 'Continue'}
        </Button>
      </form>
    </div>
  );
}
