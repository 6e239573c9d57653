export const dataVersion = '0.0.0';
