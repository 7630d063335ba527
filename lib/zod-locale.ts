/**
 * zod/mini carries no error messages of its own ("Invalid input" for everything): this gives every schema the
 * English messages classic zod had ("Too small: expected string to have >=1 characters"). Imported by each
 * module that defines schemas; calling it more than once is harmless.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
