export const persecution = {};
