export const listStatus = (_: unknown) => '';
