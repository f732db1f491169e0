import type { Payload } from 'payload'

import type { Role } from '../../cms/access/roles'
import type { User } from '../../cms/payload-types'

let counter = 0

/** Creates a user with a role (and org unit for scoped roles) and returns it as the Local API's `user`. */
export async function createUser(payload: Payload, role: Role, orgUnit?: number | string): Promise<User> {
  counter += 1
  const user = await payload.create({
    collection: 'users',
    data: { email: `${role}-${counter}@example.test`, password: 'mat-khau-thu-nghiem', role, orgUnit: orgUnit as number },
  })
  return { ...user, collection: 'users' } as User
}
