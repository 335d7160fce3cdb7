/** A tenant name becomes part of the stack name and of generated resource names. */
const TENANT_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;

export class TenantNameError extends Error {}

/** The tenant name if it is usable, else a TenantNameError that says what is wrong with it. */
export function checkTenantName(value: unknown): string {
  if (value === undefined || value === '') {
    throw new TenantNameError('Missing tenant: run `npx cdk synth -c tenant=<name>` (or `cdk deploy -c tenant=<name>`)');
  }
  if (typeof value !== 'string' || !TENANT_PATTERN.test(value)) {
    throw new TenantNameError(
      `Invalid tenant ${JSON.stringify(value)}: use 1-32 lowercase letters, digits and dashes, starting and ending with a letter or digit`,
    );
  }
  return value;
}
