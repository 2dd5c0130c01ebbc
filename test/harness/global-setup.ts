// Global test setup: generated models and the built extension are prepared here by later issues.
export default async function setup(): Promise<void> {}
