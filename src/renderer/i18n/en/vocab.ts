export const vocab = {};
