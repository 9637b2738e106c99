import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

/**
 * Joins class names, dropping falsy ones; of two Tailwind classes that set the same thing, the later
 * one wins, so a caller's colour overrides a variant's whatever the stylesheet's order.
 */
export const cn = (...values: ClassValue[]) => twMerge(clsx(values));
