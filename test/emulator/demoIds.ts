/** Ids of the demo account (`demoData.ts`) that many tests name; `demoIds.test.ts` holds them to the data. */
export const WEB_1 = 'i-bp1h4adlltjc1d48goaq';
export const WEB_2 = 'i-bp1b8kf3yu0o4q1jh2xa';
export const BATCH_WORKER = 'i-bp1c9m2wq7e5r3t1y0ub';
export const LEGACY_ERP = 'i-bp1legacy0startz7k2c';
export const SPARE_K = 'eni-bp17pdijfczax1huji00';
export const SPARE_K_2 = 'eni-bp18qejkgdaby2ivkj11';
export const WEB_1_DATA = 'eni-bp1bthnjjgde15lynm44';
export const PROD_K = 'vsw-bp1xgvok3myac6ctry030';
export const WEB_SERVERS = 'sg-bp16q7p8yafqaure63n4';
export const DB_ACCESS = 'sg-bp1db4cc3ss6r8t0y2u5';
