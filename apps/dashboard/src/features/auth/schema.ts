import { z } from 'zod';

export const signInSchema = z.object({
  email: z.email({ message: 'Enter a valid email address' }).max(320),
  password: z.string().min(1, { message: 'Enter your password' }).max(200),
});
export type SignInValues = z.infer<typeof signInSchema>;
