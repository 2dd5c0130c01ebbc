import { useState } from 'preact/hooks';
import { ApiError } from '../api.ts';
import { signIn } from '../store.ts';

/** Email + password sign-in; the server answers with an HttpOnly session cookie. */
export function SignInPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(email, password);
    } catch (err) {
      setError(err instanceof ApiError ? (err.status === 401 ? 'Wrong email or password.' : err.message) : 'Sign-in failed.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="m-signin">
      <form class="m-card m-signin-form" onSubmit={submit} aria-labelledby="signin-title">
        <h1 id="signin-title">
          <span class="m-logo" aria-hidden="true">◆</span> Pitchside
        </h1>
        <p class="m-muted">Sign in to review your team's calls.</p>
        <label class="m-field">
          Email
          <input type="email" name="email" autoComplete="username" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </label>
        <label class="m-field">
          Password
          <input type="password" name="password" autoComplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        {error && (
          <p class="m-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="m-button m-button--primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
