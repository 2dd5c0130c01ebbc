import { CallsPage } from './pages/CallsPage.tsx';
import { CallPage } from './pages/CallPage.tsx';
import { DashboardPage } from './pages/DashboardPage.tsx';
import { PlaybookPage } from './pages/PlaybookPage.tsx';
import { SearchPage } from './pages/SearchPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { hrefFor, isManager, route, signOut, user, type Route } from './store.ts';

const NAV: { page: Route['page']; label: string; managersOnly?: boolean }[] = [
  { page: 'calls', label: 'Calls' },
  { page: 'dashboard', label: 'Team dashboard', managersOnly: true },
  { page: 'search', label: 'Search' },
  { page: 'playbook', label: 'Playbook', managersOnly: true },
];

function Page({ r }: { r: Route }) {
  if ((r.page === 'dashboard' || r.page === 'playbook') && !isManager.value) {
    return <p class="m-notice" role="alert">Only managers can open this page.</p>;
  }
  switch (r.page) {
    case 'call':
      return <CallPage id={r.id} segmentId={r.segmentId} />;
    case 'dashboard':
      return <DashboardPage />;
    case 'search':
      return <SearchPage q={r.q} />;
    case 'playbook':
      return <PlaybookPage />;
    default:
      return <CallsPage />;
  }
}

/** The manager app: sign-in, or the header with navigation and the routed page. */
export function App() {
  const u = user.value;
  if (u === undefined) return <p class="m-loading" aria-live="polite">Loading…</p>;
  if (u === null) return <SignInPage />;
  const current = route.value.page === 'call' ? 'calls' : route.value.page;
  return (
    <>
      <a class="m-skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header class="m-header">
        <a class="m-brand" href="#/calls">
          <span class="m-logo" aria-hidden="true">◆</span> Pitchside
        </a>
        <nav aria-label="Main">
          <ul class="m-nav">
            {NAV.filter((n) => !n.managersOnly || isManager.value).map((n) => (
              <li key={n.page}>
                <a href={hrefFor({ page: n.page } as Route)} aria-current={current === n.page ? 'page' : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="m-user">
          <span>
            {u.name} <span class="m-role">{u.role}</span>
          </span>
          <button type="button" class="m-button m-button--quiet" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1} class="m-main">
        <Page r={route.value} />
      </main>
    </>
  );
}
