export const exportView = {};
