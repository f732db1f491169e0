/** The error's summary plus each field message of a Payload ValidationError, for assertions. */
export async function validationMessages(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise
  } catch (error) {
    const e = error as { data?: { errors?: { message: string }[] }; message: string }
    return [e.message, ...(e.data?.errors?.map((x) => x.message) ?? [])]
  }
  throw new Error('expected the operation to be refused, but it succeeded')
}
