export const evidence = {};
