/** The demo logins `npm start` creates on first start and prints. Local only; never deployed. */
export interface DemoLogin { name: string; email: string; password: string; role: 'agent' | 'manager' | 'admin' }

export const DEMO_LOGINS: DemoLogin[] = [
  { name: 'Anna de Vries', email: 'anna@parley.test', password: 'parley-anna', role: 'agent' },
  { name: 'Bram Jansen', email: 'bram@parley.test', password: 'parley-bram', role: 'agent' },
  { name: 'Carla Admin', email: 'admin@parley.test', password: 'parley-admin', role: 'admin' },
];
