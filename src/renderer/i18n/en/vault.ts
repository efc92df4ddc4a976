export const vault = {};
