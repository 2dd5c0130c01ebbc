export { orgs } from './orgs.ts';
export { users, ROLES, type Role } from './users.ts';
export { apiTokens } from './api-tokens.ts';
export { sessions } from './sessions.ts';
export { calls } from './calls.ts';
export { segments } from './segments.ts';
export { moments } from './moments.ts';
export { comments } from './comments.ts';
