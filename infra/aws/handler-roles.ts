import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { Access } from '../manifest';
import type { HandlerResources } from './handler-function';
import { grantSendMailFrom } from './mail-sender';

/**
 * One execution role per distinct manifest `access`, shared by the handlers that have it: the same
 * grants either way, but two IAM resources per permission set instead of per function keeps a
 * tenant's stack well inside CloudFormation's 500 resources. Each handler adds write access to its
 * own log group.
 */
export class HandlerRoles extends Construct {
  private readonly roles = new Map<string, Role>();

  constructor(scope: Construct, id: string, private readonly resources: HandlerResources) {
    super(scope, id);
  }

  /** The role for `access`, created with its grants on first use. */
  roleFor(access: Access): Role {
    const key = accessKey(access);
    let role = this.roles.get(key);
    if (!role) {
      role = new Role(this, key, { assumedBy: new ServicePrincipal('lambda.amazonaws.com'), description: `Parley handlers with access ${key}` });
      grantAccess(role, access, this.resources);
      this.roles.set(key, role);
    }
    return role;
  }

  /** Every role made, with the access it was made for. */
  all(): Role[] {
    return [...this.roles.values()];
  }
}

/** A stable construct id naming the permissions, e.g. `TableReadwrite-Connections-Bus`. */
export function accessKey(access: Access): string {
  const extras = (['connections', 'bus', 'files', 'mail'] as const).filter((flag) => access[flag]);
  return [`Table${access.table === 'readwrite' ? 'Readwrite' : 'Read'}`, ...extras.map((flag) => flag[0].toUpperCase() + flag.slice(1))].join('-');
}

function grantAccess(role: Role, access: Access, resources: HandlerResources): void {
  if (access.table === 'readwrite') resources.table.grantReadWriteData(role);
  else resources.table.grantReadData(role);
  if (access.connections) resources.socketStage.grantManagementApiAccess(role);
  if (access.bus) resources.bus.grantPutEventsTo(role);
  if (access.mail && resources.mailFrom) grantSendMailFrom(role, resources.mailFrom);
  // Presigned URLs act with the signer's permissions: PUT for uploads, GET for downloads; refused files are deleted.
  if (access.files) resources.filesBucket.grantReadWrite(role);
}
